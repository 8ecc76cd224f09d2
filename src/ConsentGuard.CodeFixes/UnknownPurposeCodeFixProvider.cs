using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConsentGuard.CodeFixes
{
    /// <summary>
    /// CG0005: a misspelled purpose literal becomes the nearest known purpose (edit distance, computed by the
    /// analyzer into the <c>Suggestion</c> property). The literal stays a literal: the fix corrects the
    /// spelling, it does not restyle the code. A purpose from a constant is not changed here: the constant's
    /// declaration is what is wrong, and it may have other users.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnknownPurposeCodeFixProvider)), Shared]
    public sealed class UnknownPurposeCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = "ConsentGuard.UseNearestPurpose";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnknownPurpose);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(PurposeNames.SuggestionProperty, out var suggestion) || !ConsentModel.IsWellFormedPurpose(suggestion)
                    || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
                    continue;
                var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion!)).WithTriviaFrom(literal);
                context.RegisterCodeFix(
                    CodeAction.Create("Use purpose '" + suggestion + "'", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, replacement))), EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
