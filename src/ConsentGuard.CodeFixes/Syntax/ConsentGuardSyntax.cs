using System.Linq;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace ConsentGuard.CodeFixes.Syntax
{
    /// <summary>
    /// Syntax for ConsentGuard names. Everything is written fully qualified (<c>global::ConsentGuard.…</c>) and
    /// annotated for the simplifier, which the code-action pipeline runs: it becomes <c>Purposes.P</c> where
    /// <c>using ConsentGuard;</c> (or a global using, or the namespace itself) is in scope, and stays qualified
    /// where it is not, without us guessing about aliases or shadowing.
    /// </summary>
    internal static class ConsentGuardSyntax
    {
        /// <summary><c>Purposes.P</c> for a built-in purpose; a string literal for a custom one (custom purposes have no constant).</summary>
        public static ExpressionSyntax Purpose(string purpose) =>
            ConsentModel.BuiltInPurposes.Contains(purpose)
                ? SyntaxFactory.ParseExpression("global::ConsentGuard.Purposes." + purpose).WithAdditionalAnnotations(Simplifier.Annotation)
                : SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(purpose));

        /// <summary>
        /// Adds an attribute list to a declaration the way its existing attributes are written. Inline ones
        /// (<c>[PersonalData] string bio</c>, <c>[PersonalData] public string Phone</c>) get the new attribute in the
        /// same brackets, <c>[PersonalData, ConsentSink(P)]</c>, because the code-action formatter glues two inline
        /// lists together (<c>[A][B]</c>); attributes on their own lines get one more line.
        /// </summary>
        public static void AddAttribute(SyntaxEditor editor, SyntaxNode declaration, AttributeListSyntax list)
        {
            editor.ReplaceNode(declaration, (current, generator) =>
            {
                var lists = current switch
                {
                    ParameterSyntax parameter => parameter.AttributeLists,
                    MemberDeclarationSyntax member => member.AttributeLists,
                    _ => default,
                };
                var last = lists.LastOrDefault();
                if (last is not null && SameTarget(last, list) && (current is ParameterSyntax || !last.GetTrailingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia))))
                    return current.ReplaceNode(last, last.AddAttributes(list.Attributes.ToArray()));
                if (current is ParameterSyntax parameterWithout)
                {
                    var inline = list.WithoutAnnotations(Formatter.Annotation).WithTrailingTrivia(SyntaxFactory.Space);
                    return parameterWithout.WithoutLeadingTrivia().WithAttributeLists(lists.Add(inline)).WithLeadingTrivia(parameterWithout.GetLeadingTrivia());
                }
                return generator.AddAttributes(current, list);
            });
        }

        private static bool SameTarget(AttributeListSyntax a, AttributeListSyntax b) =>
            a.Target is null ? b.Target is null : b.Target is not null && b.Target.Identifier.IsKind(a.Target.Identifier.Kind());

        /// <summary><c>[Name]</c>, a ConsentGuard attribute without arguments, as an attribute list.</summary>
        public static AttributeListSyntax AttributeList(string attributeName) =>
            SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(
                    (NameSyntax)SyntaxFactory.ParseName("global::ConsentGuard." + attributeName).WithAdditionalAnnotations(Simplifier.Annotation))))
                .WithAdditionalAnnotations(Formatter.Annotation);

        /// <summary><c>[Name(Purposes.P)]</c> as an attribute list, optionally with a target (<c>return:</c>).</summary>
        public static AttributeListSyntax AttributeList(string attributeName, string purpose, SyntaxKind? target = null)
        {
            var attribute = SyntaxFactory.Attribute(
                (NameSyntax)SyntaxFactory.ParseName("global::ConsentGuard." + attributeName).WithAdditionalAnnotations(Simplifier.Annotation),
                SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(Purpose(purpose)))));
            var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
            if (target is { } kind)
                list = list.WithTarget(SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(kind)));
            return list.WithAdditionalAnnotations(Formatter.Annotation);
        }
    }
}
