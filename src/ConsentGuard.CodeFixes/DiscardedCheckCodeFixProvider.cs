using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;

namespace ConsentGuard.CodeFixes
{
    /// <summary>
    /// CG0007 "Protect the rest of the block with the check": <c>consent.IsGranted(…);</c> followed by statements
    /// becomes <c>if (consent.IsGranted(…)) { …the rest of the block… }</c>, which is what a discarded check was
    /// evidently meant to do. Offered only where moving the rest into the <c>if</c> keeps the code compiling and
    /// meaning the same apart from the check: a check statement directly in a block with statements after it, no
    /// label or local function among them, and no value-returning body whose end would become reachable.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DiscardedCheckCodeFixProvider)), Shared]
    public sealed class DiscardedCheckCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = "ConsentGuard.GuardRestOfBlock";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.DiscardedCheck);

        /// <summary>Fix All nests the checks of one block inside each other, in order.</summary>
        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var semanticModel = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null)
                return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (Find(root, semanticModel, diagnostic, context.CancellationToken) is not { } statement)
                    continue;
                context.RegisterCodeFix(
                    CodeAction.Create("Protect the rest of the block with the check", ct => ApplyAsync(context.Document, new[] { statement }, ct), EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null)
                return null;
            var statements = diagnostics.Select(d => Find(root, semanticModel, d, context.CancellationToken)).OfType<ExpressionStatementSyntax>().ToList();
            return statements.Count == 0 ? null : await ApplyAsync(document, statements, context.CancellationToken).ConfigureAwait(false);
        }

        /// <summary>The check's statement when the fix applies to it, else null.</summary>
        private static ExpressionStatementSyntax? Find(SyntaxNode root, SemanticModel semanticModel, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (diagnostic.Location.SourceTree != root.SyntaxTree)
                return null;
            SyntaxNode? node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            while (node?.Parent is AwaitExpressionSyntax or ParenthesizedExpressionSyntax or AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "_" } })
                node = node.Parent;
            if (node?.Parent is not ExpressionStatementSyntax { Parent: BlockSyntax block } statement)
                return null;
            var condition = ConditionOf(statement);
            if (semanticModel.GetTypeInfo(condition, cancellationToken).Type?.SpecialType != SpecialType.System_Boolean)
                return null; // an unawaited Task<bool>: wrapping would not compile
            var rest = block.Statements.SkipWhile(s => s != statement).Skip(1).ToList();
            return rest.Count > 0 && CanMoveIntoIf(rest, block, semanticModel, cancellationToken) ? statement : null;
        }

        /// <summary>The checked expression: <c>c.IsGranted(…)</c>, <c>await c.IsGrantedAsync(…)</c>, or the right side of <c>_ = …</c>.</summary>
        private static ExpressionSyntax ConditionOf(ExpressionStatementSyntax statement) =>
            statement.Expression is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "_" } } discard
                ? discard.Right
                : statement.Expression;

        private static bool CanMoveIntoIf(IReadOnlyList<StatementSyntax> rest, BlockSyntax block, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            // A label could be the target of a goto from before the check; a local function could be called from there.
            if (rest.Any(s => s is LocalFunctionStatementSyntax || s.DescendantNodesAndSelf().OfType<LabeledStatementSyntax>().Any()))
                return false;
            var flow = semanticModel.AnalyzeControlFlow(rest[0], rest[rest.Count - 1]);
            if (flow is null || !flow.Succeeded)
                return false;
            // `check; return x;` in a body that must return a value: after wrapping, the end would be reachable.
            return flow.EndPointIsReachable || BodyReturnsNothing(block, semanticModel, cancellationToken);
        }

        /// <summary>
        /// In a function that returns nothing, a block whose end becomes reachable just goes on with what follows it;
        /// in a switch section it would fall through, in a value-returning function it could reach the end.
        /// </summary>
        private static bool BodyReturnsNothing(BlockSyntax block, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            foreach (var ancestor in block.Ancestors())
            {
                switch (ancestor)
                {
                    case SwitchSectionSyntax:
                        return false;
                    case AnonymousFunctionExpressionSyntax lambda:
                        return ReturnsNothing(semanticModel.GetSymbolInfo(lambda, cancellationToken).Symbol);
                    case BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax:
                        return ReturnsNothing(semanticModel.GetDeclaredSymbol(ancestor, cancellationToken));
                    case MemberDeclarationSyntax or GlobalStatementSyntax:
                        return false;
                }
            }
            return false;
        }

        private static bool ReturnsNothing(ISymbol? symbol) =>
            symbol is IMethodSymbol method
            && (method.ReturnsVoid || method.IsAsync && method.ReturnType is INamedTypeSymbol { IsGenericType: false, Name: "Task" or "ValueTask" });

        private static async Task<Document> ApplyAsync(Document document, IReadOnlyList<ExpressionStatementSyntax> checks, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            // Innermost blocks first, so an outer block's edit takes the inner ones along.
            foreach (var group in checks.GroupBy(c => (BlockSyntax)c.Parent!).OrderByDescending(g => g.Key.SpanStart))
            {
                var indices = group.Select(c => group.Key.Statements.IndexOf(c)).Distinct().OrderBy(i => i).ToList();
                editor.ReplaceNode(group.Key, (current, _) => WrapRest((BlockSyntax)current, indices));
            }
            return editor.GetChangedDocument();
        }

        /// <summary>For each check index, from the last: the statements after it move into <c>if (check) { … }</c>.</summary>
        private static BlockSyntax WrapRest(BlockSyntax block, IReadOnlyList<int> checkIndices)
        {
            var statements = block.Statements.ToList();
            for (var k = checkIndices.Count - 1; k >= 0; k--)
            {
                var index = checkIndices[k];
                if (index < 0 || index >= statements.Count || statements[index] is not ExpressionStatementSyntax check)
                    continue;
                var guarded = SyntaxFactory.IfStatement(ConditionOf(check).WithoutTrivia(), SyntaxFactory.Block(statements.Skip(index + 1)))
                    .WithLeadingTrivia(check.GetLeadingTrivia())
                    // A comment after the check's `;` stays on the check's line: after the `)`.
                    .WithCloseParenToken(SyntaxFactory.Token(SyntaxKind.CloseParenToken).WithTrailingTrivia(check.GetTrailingTrivia()))
                    .WithAdditionalAnnotations(Formatter.Annotation);
                statements = statements.Take(index).Append(guarded).ToList();
            }
            return block.WithStatements(SyntaxFactory.List(statements));
        }
    }
}
