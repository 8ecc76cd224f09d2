using System.Linq;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
        /// Adds an attribute list to a declaration with the editor. On a parameter the attribute stays inline: it
        /// joins the parameter's last untargeted list (<c>[PersonalData, ConsentSink(P)] string bio</c>), since the
        /// code-action formatter glues two lists together (<c>[A][B]</c>).
        /// </summary>
        public static void AddAttribute(Microsoft.CodeAnalysis.Editing.SyntaxEditor editor, SyntaxNode declaration, AttributeListSyntax list)
        {
            if (declaration is ParameterSyntax)
            {
                editor.ReplaceNode(declaration, (current, _) =>
                {
                    var parameter = (ParameterSyntax)current;
                    if (parameter.AttributeLists.LastOrDefault() is { Target: null } last)
                        return parameter.ReplaceNode(last, last.AddAttributes(list.Attributes.ToArray()));
                    var inline = list.WithoutAnnotations(Formatter.Annotation).WithTrailingTrivia(SyntaxFactory.Space);
                    return parameter.WithoutLeadingTrivia().WithAttributeLists(parameter.AttributeLists.Add(inline)).WithLeadingTrivia(parameter.GetLeadingTrivia());
                });
                return;
            }
            Microsoft.CodeAnalysis.Editing.SyntaxEditorExtensions.AddAttribute(editor, declaration, list);
        }

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
