using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ConsentGuard.Tests.Robustness;

/// <summary>
/// Mutations of issue 10 that token edits do not reach: attribute arguments dropped or replaced, attributes on every
/// (mostly wrong) target, <c>unsafe</c>, <c>dynamic</c>, <c>ref struct</c>, generic and top-level-statement code, and types
/// split into partial declarations over several files. Each maps one source to the sources of one compilation.
/// </summary>
internal static class CaseMutations
{
    public sealed record Mutation(string Name, Func<string, string[]> Apply, bool PreservesMeaning = false);

    public static readonly ImmutableArray<Mutation> All =
    [
        new("drop-attribute-arguments", s => [Rewrite(s, new DropArguments())]),
        new("purpose-null", s => [Rewrite(s, new ReplacePurposes(() => LiteralExpression(SyntaxKind.NullLiteralExpression)))]),
        new("purpose-number", s => [Rewrite(s, new ReplacePurposes(() => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(42))))]),
        new("purpose-empty", s => [Rewrite(s, new ReplacePurposes(() => LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(""))))]),
        new("purpose-malformed", s => [Rewrite(s, new ReplacePurposes(() => LiteralExpression(SyntaxKind.StringLiteralExpression, Literal("Generative Training!"))))]),
        new("purpose-nameof-and-default", s => [Rewrite(s, new ReplacePurposes(() => ParseExpression("default")))]),
        new("attributes-on-every-target", s => [Rewrite(s, new SprayAttributes(explicitTargets: false))]),
        new("attributes-with-wrong-target-specifiers", s => [Rewrite(s, new SprayAttributes(explicitTargets: true))]),
        new("assembly-and-module-attributes", s => [AssemblyAttributes(s)]),
        new("unsafe", s => [Rewrite(s, new MakeUnsafe())]),
        new("dynamic", s => [Rewrite(s, new MakeDynamic())]),
        new("ref-struct", s => [Rewrite(s, new MakeRefStructs())]),
        new("generic", s => [Rewrite(s, new MakeGeneric())]),
        new("top-level-statements", s => [TopLevel(s)]),
        new("partial-types-over-files", SplitPartials, PreservesMeaning: true),
    ];

    private static readonly HashSet<string> OurAttributes =
    [
        "PersonalData", "ConsentPurpose", "ConsentSink", "ConsentCheck", "ConsentCleared", "DataSubject", "Anonymizer",
        "ConsentSetting", "ConsentExempt", "DefinePurpose",
    ];

    private static bool IsOurs(AttributeSyntax attribute)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax q => q.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText,
            SimpleNameSyntax n => n.Identifier.ValueText,
            _ => attribute.Name.ToString(),
        };
        if (name.EndsWith("Attribute", StringComparison.Ordinal))
            name = name[..^"Attribute".Length];
        return OurAttributes.Contains(name);
    }

    private static string Rewrite(string source, CSharpSyntaxRewriter rewriter) =>
        rewriter.Visit(CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)).GetRoot()).ToFullString();

    private static CompilationUnitSyntax Parse(string source) =>
        (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)).GetRoot();

    private sealed class DropArguments : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitAttribute(AttributeSyntax node) => IsOurs(node) ? node.WithArgumentList(null) : base.VisitAttribute(node);
    }

    /// <summary>Every purpose: <c>Purposes.X</c> anywhere, and the string arguments of our attributes.</summary>
    private sealed class ReplacePurposes(Func<ExpressionSyntax> replacement) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node) =>
            node.Expression is IdentifierNameSyntax { Identifier.ValueText: "Purposes" } or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Purposes" }
                ? replacement().WithTriviaFrom(node)
                : base.VisitMemberAccessExpression(node);

        public override SyntaxNode? VisitAttributeArgument(AttributeArgumentSyntax node) =>
            node.NameEquals is null && node.Expression is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } && node.Parent?.Parent is AttributeSyntax a && IsOurs(a)
                ? node.WithExpression(replacement().WithTriviaFrom(node.Expression))
                : base.VisitAttributeArgument(node);
    }

    private const string Sprayed = "ConsentGuard.PersonalData, ConsentGuard.ConsentPurpose(\"Analytics\"), ConsentGuard.ConsentSink(\"Analytics\"), ConsentGuard.ConsentCheck, " +
        "ConsentGuard.ConsentCleared(\"Analytics\"), ConsentGuard.DataSubject, ConsentGuard.Anonymizer, ConsentGuard.ConsentSetting(\"Analytics\"), " +
        "ConsentGuard.ConsentExempt(\"Analytics\", Justification = \"mutation\")";

    /// <summary>All our attributes on every declaration that takes attributes: most targets are wrong (CS0592), some duplicated.</summary>
    private sealed class SprayAttributes(bool explicitTargets) : CSharpSyntaxRewriter
    {
        private static AttributeListSyntax List(string? target) =>
            ((CompilationUnitSyntax)ParseCompilationUnit($"[{(target is null ? "" : target + ": ")}{Sprayed}] class __X {{ }}")).Members[0].AttributeLists[0]
                .WithTrailingTrivia(Space);

        private SyntaxList<AttributeListSyntax> Add(SyntaxList<AttributeListSyntax> lists, string wrongTarget) =>
            lists.Add(List(explicitTargets ? wrongTarget : null));

        public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node) =>
            ((ClassDeclarationSyntax)base.VisitClassDeclaration(node)!).WithAttributeLists(Add(node.AttributeLists, "return"));
        public override SyntaxNode? VisitStructDeclaration(StructDeclarationSyntax node) =>
            ((StructDeclarationSyntax)base.VisitStructDeclaration(node)!).WithAttributeLists(Add(node.AttributeLists, "field"));
        public override SyntaxNode? VisitInterfaceDeclaration(InterfaceDeclarationSyntax node) =>
            ((InterfaceDeclarationSyntax)base.VisitInterfaceDeclaration(node)!).WithAttributeLists(Add(node.AttributeLists, "method"));
        public override SyntaxNode? VisitRecordDeclaration(RecordDeclarationSyntax node) =>
            ((RecordDeclarationSyntax)base.VisitRecordDeclaration(node)!).WithAttributeLists(Add(node.AttributeLists, "param"));
        public override SyntaxNode? VisitEnumDeclaration(EnumDeclarationSyntax node) =>
            ((EnumDeclarationSyntax)base.VisitEnumDeclaration(node)!).WithAttributeLists(Add(node.AttributeLists, "property"));
        public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node) =>
            ((MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!).WithAttributeLists(Add(node.AttributeLists, "field"));
        public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node) =>
            ((ConstructorDeclarationSyntax)base.VisitConstructorDeclaration(node)!).WithAttributeLists(Add(node.AttributeLists, "return"));
        public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node) =>
            ((PropertyDeclarationSyntax)base.VisitPropertyDeclaration(node)!).WithAttributeLists(Add(node.AttributeLists, "return"));
        public override SyntaxNode? VisitFieldDeclaration(FieldDeclarationSyntax node) =>
            ((FieldDeclarationSyntax)base.VisitFieldDeclaration(node)!).WithAttributeLists(Add(node.AttributeLists, "method"));
        public override SyntaxNode? VisitParameter(ParameterSyntax node) =>
            ((ParameterSyntax)base.VisitParameter(node)!).WithAttributeLists(Add(node.AttributeLists, "type"));
        public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node) =>
            ((LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!).WithAttributeLists(Add(node.AttributeLists, "property"));
        public override SyntaxNode? VisitEnumMemberDeclaration(EnumMemberDeclarationSyntax node) =>
            ((EnumMemberDeclarationSyntax)base.VisitEnumMemberDeclaration(node)!).WithAttributeLists(Add(node.AttributeLists, "return"));
        public override SyntaxNode? VisitTypeParameter(TypeParameterSyntax node) =>
            ((TypeParameterSyntax)base.VisitTypeParameter(node)!).WithAttributeLists(Add(node.AttributeLists, "method"));
        public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) =>
            ((ParenthesizedLambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!).WithAttributeLists(Add(node.AttributeLists, "field"));
    }

    private static string AssemblyAttributes(string source)
    {
        var root = Parse(source);
        var extra = ParseCompilationUnit("""
            [assembly: ConsentGuard.PersonalData]
            [module: ConsentGuard.ConsentSink("Analytics")]
            [assembly: ConsentGuard.DefinePurpose(null)]
            [assembly: ConsentGuard.DefinePurpose("")]
            [assembly: ConsentGuard.DefinePurpose("GenerativeTraining")]
            [assembly: ConsentGuard.DefinePurpose("Not a name", Description = null)]
            [assembly: ConsentGuard.DefinePurpose(nameof(System.String))]
            [assembly: ConsentGuard.DefinePurpose]
            [assembly: ConsentGuard.ConsentExempt("Analytics")]
            [assembly: ConsentGuard.DataSubject]

            """).AttributeLists;
        return root.WithAttributeLists(root.AttributeLists.AddRange(extra)).NormalizeWhitespace().ToFullString();
    }

    private sealed class MakeUnsafe : CSharpSyntaxRewriter
    {
        private static SyntaxTokenList Add(SyntaxTokenList modifiers) =>
            modifiers.Any(SyntaxKind.UnsafeKeyword) ? modifiers : modifiers.Add(Token(SyntaxKind.UnsafeKeyword).WithTrailingTrivia(Space));

        public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node)
        {
            var visited = (ClassDeclarationSyntax)base.VisitClassDeclaration(node)!;
            var pointer = ParseMemberDeclaration("private int* __pointer;")!;
            return visited.WithModifiers(Add(visited.Modifiers)).AddMembers(pointer);
        }

        public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
        {
            var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
            if (visited.Body is { } body && !visited.Modifiers.Any(SyntaxKind.AsyncKeyword))
                visited = visited.WithBody(body.WithStatements(body.Statements.Insert(0, ParseStatement("int* __p = stackalloc int[1]; fixed (char* __c = \"x\") { *__p = *__c; }"))));
            return visited.WithModifiers(Add(visited.Modifiers));
        }
    }

    private sealed class MakeDynamic : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitPredefinedType(PredefinedTypeSyntax node) =>
            node.Keyword.IsKind(SyntaxKind.StringKeyword) || node.Keyword.IsKind(SyntaxKind.ObjectKeyword)
                ? IdentifierName("dynamic").WithTriviaFrom(node)
                : base.VisitPredefinedType(node);

        public override SyntaxNode? VisitIdentifierName(IdentifierNameSyntax node) =>
            node.IsVar ? IdentifierName("dynamic").WithTriviaFrom(node) : base.VisitIdentifierName(node);
    }

    private sealed class MakeRefStructs : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node)
        {
            var visited = (ClassDeclarationSyntax)base.VisitClassDeclaration(node)!;
            return StructDeclaration(visited.AttributeLists, visited.Modifiers.Add(Token(SyntaxKind.RefKeyword).WithTrailingTrivia(Space)),
                    Token(SyntaxKind.StructKeyword).WithTriviaFrom(visited.Keyword), visited.Identifier, visited.TypeParameterList, visited.ParameterList,
                    visited.BaseList, visited.ConstraintClauses, visited.OpenBraceToken, visited.Members, visited.CloseBraceToken, visited.SemicolonToken);
        }
    }

    private sealed class MakeGeneric : CSharpSyntaxRewriter
    {
        private static TypeParameterListSyntax Parameters(string name) =>
            TypeParameterList(SingletonSeparatedList(TypeParameter(name)));

        public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node)
        {
            var visited = (ClassDeclarationSyntax)base.VisitClassDeclaration(node)!;
            return visited.TypeParameterList is null ? visited.WithTypeParameterList(Parameters("TG")) : visited;
        }

        public override SyntaxNode? VisitInterfaceDeclaration(InterfaceDeclarationSyntax node)
        {
            var visited = (InterfaceDeclarationSyntax)base.VisitInterfaceDeclaration(node)!;
            return visited.TypeParameterList is null ? visited.WithTypeParameterList(Parameters("TI")) : visited;
        }

        public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
        {
            var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
            // A type parameter the method's string parameters now use: calls still infer it from their arguments.
            if (visited.TypeParameterList is not null)
                return visited;
            var parameters = visited.ParameterList.Parameters.Select(p =>
                p.Type is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.StringKeyword } ? p.WithType(IdentifierName("TM").WithTriviaFrom(p.Type)) : p);
            return visited.WithTypeParameterList(Parameters("TM")).WithParameterList(visited.ParameterList.WithParameters(SeparatedList(parameters)));
        }
    }

    /// <summary>The body of the first method with statements, moved into top-level statements (plus a local sink function).</summary>
    private static string TopLevel(string source)
    {
        var root = Parse(source);
        var method = root.DescendantNodes().OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Body is { Statements.Count: > 0 } || m.ExpressionBody is not null);
        var statements = new List<StatementSyntax>();
        if (method is not null)
        {
            // The method's parameters become locals, so the statements still bind.
            foreach (var p in method.ParameterList.Parameters)
                if (p.Type is not null)
                    statements.Add(ParseStatement($"{p.Type} {p.Identifier.ValueText} = default!;"));
            statements.AddRange(method.Body?.Statements ?? [ExpressionStatement(method.ExpressionBody!.Expression)]);
        }
        statements.Add(ParseStatement("void __Sink([ConsentGuard.ConsentSink(ConsentGuard.Purposes.Analytics)] string s) { }"));
        statements.Add(ParseStatement("__Sink(args.Length.ToString());"));
        var globals = statements.Select(s => (MemberDeclarationSyntax)GlobalStatement(s));
        return root.WithMembers(root.Members.InsertRange(0, globals)).NormalizeWhitespace().ToFullString();
    }

    /// <summary>
    /// Every class, struct, record and interface made <c>partial</c> and cut in two: the second half of its members moves
    /// to another file (with the same usings and namespace). The program means the same, so its verdicts must not change.
    /// </summary>
    public static string[] SplitPartials(string source)
    {
        var root = Parse(source);
        var moved = new List<MemberDeclarationSyntax>();
        var rewriter = new PartialSplitter(moved);
        var first = (CompilationUnitSyntax)rewriter.Visit(root);
        if (moved.Count == 0)
            return [source];
        var second = CompilationUnit()
            .WithExterns(root.Externs)
            .WithUsings(root.Usings.Where(u => u.GlobalKeyword.IsKind(SyntaxKind.None)).ToSyntaxList())
            .WithMembers(List(moved));
        return [first.ToFullString(), second.NormalizeWhitespace().ToFullString()];
    }

    private static SyntaxList<T> ToSyntaxList<T>(this IEnumerable<T> nodes) where T : SyntaxNode => List(nodes);

    private sealed class PartialSplitter(List<MemberDeclarationSyntax> moved) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node) => Split(node);
        public override SyntaxNode? VisitStructDeclaration(StructDeclarationSyntax node) => Split(node);
        public override SyntaxNode? VisitInterfaceDeclaration(InterfaceDeclarationSyntax node) => Split(node);
        public override SyntaxNode? VisitRecordDeclaration(RecordDeclarationSyntax node) => Split(node);

        private SyntaxNode Split(TypeDeclarationSyntax node)
        {
            // Nested types stay where they are (only top-level types move), which keeps the rewrite simple.
            if (node.Parent is not (CompilationUnitSyntax or BaseNamespaceDeclarationSyntax) || node.Members.Count == 0)
                return node;
            var partialNode = node.Modifiers.Any(SyntaxKind.PartialKeyword)
                ? node
                : node.WithModifiers(node.Modifiers.Add(Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(Space)));
            // The first half stays with the declaration's attributes, base list and primary constructor; the rest moves.
            var keep = node.Members.Count / 2;
            var staying = partialNode.WithMembers(List(node.Members.Take(keep)));
            var leaving = partialNode.WithAttributeLists(default).WithBaseList(null).WithConstraintClauses(default).WithMembers(List(node.Members.Skip(keep)));
            leaving = leaving is RecordDeclarationSyntax r
                ? r.WithParameterList(null).WithOpenBraceToken(Token(SyntaxKind.OpenBraceToken)).WithCloseBraceToken(Token(SyntaxKind.CloseBraceToken)).WithSemicolonToken(default)
                : leaving is ClassDeclarationSyntax c ? c.WithParameterList(null)
                : leaving is StructDeclarationSyntax s ? s.WithParameterList(null)
                : leaving;
            // Keep the enclosing namespace, if any.
            MemberDeclarationSyntax part = leaving.WithLeadingTrivia().WithTrailingTrivia(LineFeed);
            if (node.Parent is BaseNamespaceDeclarationSyntax ns)
                part = NamespaceDeclaration(ns.Name).WithUsings(ns.Usings).AddMembers(part);
            moved.Add(part);
            return staying;
        }
    }
}
