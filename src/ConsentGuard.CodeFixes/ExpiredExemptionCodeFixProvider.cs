using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using ConsentGuard.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConsentGuard.CodeFixes
{
    /// <summary>
    /// CG0013, two ways out of an expired exemption, both for the person who reviewed it:
    /// <list type="bullet">
    /// <item>"Extend": the Expires date becomes the one the analyzer proposes (its reference date plus one review
    /// cycle, in the <c>ExtendTo</c> property, so the fix and the analyzer agree on "today");</item>
    /// <item>"Remove": the attribute goes (and its attribute list when it was alone there), after which the flows it
    /// exempted are reported like any other.</item>
    /// </list>
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ExpiredExemptionCodeFixProvider)), Shared]
    public sealed class ExpiredExemptionCodeFixProvider : CodeFixProvider
    {
        private const string ExtendKey = "ConsentGuard.ExtendExemption";
        private const string RemoveKey = "ConsentGuard.RemoveExemption";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ExemptionExpired);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value
                    || value.FirstAncestorOrSelf<AttributeSyntax>() is not { } attribute)
                    continue;
                if (diagnostic.Properties.TryGetValue(DiagnosticProperties.ExtendTo, out var extendTo) && extendTo is { Length: > 0 })
                {
                    var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(extendTo)).WithTriviaFrom(value);
                    context.RegisterCodeFix(
                        CodeAction.Create($"Extend the exemption to {extendTo}", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(value, literal))), ExtendKey),
                        diagnostic);
                }
                context.RegisterCodeFix(
                    CodeAction.Create("Remove the expired exemption", _ => Task.FromResult(context.Document.WithSyntaxRoot(Remove(root, attribute))), RemoveKey),
                    diagnostic);
            }
        }

        private static SyntaxNode Remove(SyntaxNode root, AttributeSyntax attribute)
        {
            if (attribute.Parent is AttributeListSyntax { Attributes.Count: 1 } list)
                return root.RemoveNode(list, SyntaxRemoveOptions.KeepNoTrivia) ?? root;
            return root.RemoveNode(attribute, SyntaxRemoveOptions.KeepNoTrivia) ?? root;
        }
    }
}
