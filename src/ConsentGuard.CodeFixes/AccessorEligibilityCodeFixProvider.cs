using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.CodeFixes.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace ConsentGuard.CodeFixes
{
    /// <summary>
    /// CG0006, for the two reasons a developer fixes in one keystroke:
    /// <list type="bullet">
    /// <item>"Make 'T' partial": adds <c>partial</c> to the type and to each containing type that lacks it.</item>
    /// <item>"Mark 'Id' as the [DataSubject]": when the type declares no [DataSubject] member but one obvious identifier
    /// (a field or property named <c>Id</c>, else <c>{Type}Id</c>, else the only one whose name ends in <c>Id</c>).</item>
    /// </list>
    /// The other reasons (several [DataSubject] members, file-local or ref struct types, a subject without a getter, an
    /// old language version) need a decision the fix cannot make, so nothing is offered for them. A type with both
    /// fixable reasons gets both actions; after one, CG0006 stays with the other reason.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AccessorEligibilityCodeFixProvider)), Shared]
    public sealed class AccessorEligibilityCodeFixProvider : CodeFixProvider
    {
        private const string MakePartialKey = "ConsentGuard.MakePartial";
        private const string MarkDataSubjectKey = "ConsentGuard.MarkDataSubject";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.NoAccessorsGenerated);

        /// <summary>
        /// Fix All collects every edit of a document first: two nested types share a container that must become partial
        /// once, which the batch fixer's merge of separate edits would not do.
        /// </summary>
        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null)
                return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (TypeOf(root, semanticModel, diagnostic, context.CancellationToken) is not { } type)
                    continue;
                if (diagnostic.Properties.ContainsKey(DiagnosticProperties.NotPartial) && NonPartialDeclarations(type, root.SyntaxTree, context.CancellationToken) is { Count: > 0 } declarations)
                    context.RegisterCodeFix(
                        CodeAction.Create($"Make '{type.Name}' partial", ct => ApplyAsync(context.Document, declarations, Array.Empty<SyntaxNode>(), ct), MakePartialKey),
                        diagnostic);
                if (diagnostic.Properties.ContainsKey(DiagnosticProperties.LacksDataSubject) && SubjectCandidate(type, root.SyntaxTree, context.CancellationToken) is { } candidate)
                    context.RegisterCodeFix(
                        CodeAction.Create($"Mark '{candidate.Name}' as the [DataSubject]", ct => ApplyAsync(context.Document, Array.Empty<TypeDeclarationSyntax>(), new[] { candidate.Declaration }, ct), MarkDataSubjectKey),
                        diagnostic);
            }
        }

        private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null)
                return null;
            var toMakePartial = new List<TypeDeclarationSyntax>();
            var toMark = new List<SyntaxNode>();
            foreach (var diagnostic in diagnostics)
            {
                if (TypeOf(root, semanticModel, diagnostic, context.CancellationToken) is not { } type)
                    continue;
                if (context.CodeActionEquivalenceKey == MakePartialKey && diagnostic.Properties.ContainsKey(DiagnosticProperties.NotPartial))
                    toMakePartial.AddRange(NonPartialDeclarations(type, root.SyntaxTree, context.CancellationToken));
                else if (context.CodeActionEquivalenceKey == MarkDataSubjectKey && diagnostic.Properties.ContainsKey(DiagnosticProperties.LacksDataSubject)
                         && SubjectCandidate(type, root.SyntaxTree, context.CancellationToken) is { } candidate)
                    toMark.Add(candidate.Declaration);
            }
            return toMakePartial.Count + toMark.Count == 0 ? null : await ApplyAsync(document, toMakePartial.Distinct().ToList(), toMark.Distinct().ToList(), context.CancellationToken).ConfigureAwait(false);
        }

        private static async Task<Document> ApplyAsync(Document document, IReadOnlyList<TypeDeclarationSyntax> toMakePartial, IReadOnlyList<SyntaxNode> toMark, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            foreach (var declaration in toMakePartial)
                editor.ReplaceNode(declaration, (current, generator) => generator.WithModifiers(current, generator.GetModifiers(current).WithPartial(true)));
            foreach (var declaration in toMark)
                ConsentGuardSyntax.AddAttribute(editor, declaration, ConsentGuardSyntax.AttributeList("DataSubject"));
            return editor.GetChangedDocument();
        }

        /// <summary>The type CG0006 is reported on (at its name).</summary>
        private static INamedTypeSymbol? TypeOf(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (diagnostic.Location.SourceTree != root.SyntaxTree)
                return null;
            var token = root.FindToken(diagnostic.Location.SourceSpan.Start);
            return token.Parent is TypeDeclarationSyntax declaration && declaration.Identifier == token
                ? semanticModel.GetDeclaredSymbol(declaration, cancellationToken)
                : null;
        }

        /// <summary>
        /// The declarations of the type and its containers without <c>partial</c>. A type that is not partial has one
        /// declaration, and its containers' enclose it, so all are in this document; anything else is left alone.
        /// </summary>
        private static List<TypeDeclarationSyntax> NonPartialDeclarations(INamedTypeSymbol type, SyntaxTree tree, CancellationToken cancellationToken)
        {
            var declarations = new List<TypeDeclarationSyntax>();
            for (var current = type; current is not null; current = current.ContainingType)
                foreach (var reference in current.DeclaringSyntaxReferences)
                    if (reference.SyntaxTree == tree && reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                        declarations.Add(declaration);
            return declarations;
        }

        /// <summary>
        /// The member to mark: the type's own instance field or property (or positional record parameter) named
        /// <c>Id</c>, else <c>{Type}Id</c>, else the only one whose name ends in <c>Id</c>; null when there is no such
        /// member, the choice is not obvious, or it is declared in another document or shares a field declaration.
        /// </summary>
        private static SubjectCandidateMember? SubjectCandidate(INamedTypeSymbol type, SyntaxTree tree, CancellationToken cancellationToken)
        {
            var candidates = type.GetMembers().Where(IsIdentifierMember).ToList();
            var chosen = candidates.Where(m => m.Name == "Id").ToList() is { Count: 1 } exact ? exact[0]
                : candidates.Where(m => m.Name == type.Name + "Id").ToList() is { Count: 1 } named ? named[0]
                : candidates.Where(m => m.Name.EndsWith("Id", StringComparison.Ordinal)).ToList() is { Count: 1 } only ? only[0]
                : null;
            if (chosen is null || chosen.DeclaringSyntaxReferences.Length != 1 || chosen.DeclaringSyntaxReferences[0].SyntaxTree != tree)
                return null;
            var declaration = chosen.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
            {
                PropertyDeclarationSyntax property => property,
                ParameterSyntax parameter => parameter, // a positional record property: [DataSubject] on the parameter
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax field } } => field,
                _ => (SyntaxNode?)null,
            };
            return declaration is null ? null : new SubjectCandidateMember(chosen.Name, declaration);
        }

        /// <summary>An instance field or property code can read, whose name ends in <c>Id</c> and whose value can be a subject id.</summary>
        private static bool IsIdentifierMember(ISymbol member) =>
            member.Name.EndsWith("Id", StringComparison.Ordinal) && !member.IsStatic && member.CanBeReferencedByName && !member.IsImplicitlyDeclared
            && member switch
            {
                IPropertySymbol property => property.GetMethod is not null && !property.IsIndexer && !property.Type.IsRefLikeType,
                IFieldSymbol field => !field.IsConst && !field.Type.IsRefLikeType && field.Type.TypeKind is not (TypeKind.Pointer or TypeKind.FunctionPointer),
                _ => false,
            };

        private sealed class SubjectCandidateMember
        {
            public SubjectCandidateMember(string name, SyntaxNode declaration)
            {
                Name = name;
                Declaration = declaration;
            }

            public string Name { get; }
            public SyntaxNode Declaration { get; }
        }
    }
}
