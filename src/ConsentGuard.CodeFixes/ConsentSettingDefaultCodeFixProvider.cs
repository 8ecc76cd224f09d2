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
    /// <summary>CG0004: a consent setting that defaults to granted gets <c>false</c>, so consent becomes an explicit opt-in.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConsentSettingDefaultCodeFixProvider)), Shared]
    public sealed class ConsentSettingDefaultCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = "ConsentGuard.DefaultToNotGranted";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SettingDefaultsToGranted);

        /// <summary>Each finding is its own <c>true</c>: the batch fixer's merge is exact.</summary>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                // The analyzer reports the value itself: `= true`, a constructor's `X = true`, `[DefaultValue(true)]`.
                if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value)
                    continue;
                context.RegisterCodeFix(
                    CodeAction.Create("Default to not granted (false)", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(value, False(value)))), EquivalenceKey),
                    diagnostic);
            }
        }

        private static ExpressionSyntax False(ExpressionSyntax replaced) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.FalseLiteralExpression).WithTriviaFrom(replaced);
    }
}
