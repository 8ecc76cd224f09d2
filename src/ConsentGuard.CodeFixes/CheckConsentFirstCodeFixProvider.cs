using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.CodeFixes.Semantics;
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
    /// CG0001/CG0003 "Check consent for 'P' first": wraps the statement that uses the data in
    /// <c>if (consent.IsGranted(m.Id, Purposes.P)) { … }</c>, with the closest <c>IConsentProvider</c> in scope and
    /// the <c>[DataSubject]</c> of the data's origin. Not offered without a provider in scope (inventing one would
    /// not compile, and injecting one is a design decision the fix cannot make) nor when the subject is unknown.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CheckConsentFirstCodeFixProvider)), Shared]
    public sealed class CheckConsentFirstCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKeyPrefix = "ConsentGuard.CheckConsentFirst.";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(DiagnosticIds.UncheckedFlow, DiagnosticIds.WrongPurposeChecked);

        /// <summary>Fix All wraps each statement once, checking every subject found for it.</summary>
        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var document = await FixDocument.CreateAsync(context.Document, context.CancellationToken).ConfigureAwait(false);
            if (document is null)
                return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (Plan(document, diagnostic, context.CancellationToken) is not { } plan)
                    continue;
                context.RegisterCodeFix(
                    CodeAction.Create("Check consent for '" + plan.Purpose + "' first", ct => ApplyAsync(document, new[] { plan }, ct), EquivalenceKeyPrefix + plan.Purpose),
                    diagnostic);
            }
        }

        private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var fixDocument = await FixDocument.CreateAsync(document, context.CancellationToken).ConfigureAwait(false);
            if (fixDocument is null)
                return null;
            var plans = diagnostics
                .Select(d => Plan(fixDocument, d, context.CancellationToken))
                .Where(p => p is not null && EquivalenceKeyPrefix + p.Purpose == context.CodeActionEquivalenceKey)
                .Cast<GuardPlan>()
                .ToList();
            return plans.Count == 0 ? null : await ApplyAsync(fixDocument, plans, context.CancellationToken).ConfigureAwait(false);
        }

        /// <summary>What the fix would do for one diagnostic; null when it cannot be offered.</summary>
        private static GuardPlan? Plan(FixDocument document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (DiagnosticPurpose.Of(diagnostic) is not { } purpose
                || document.Model.Types.ConsentProvider is not { } providerType
                || document.NodeOf(diagnostic) is not { } flagged
                || GuardTarget.Find(flagged, document.SemanticModel, cancellationToken) is not { } target
                || ConsentProviderLookup.FindClosest(document.SemanticModel, target.ReplacedNode, target.Position, providerType) is not { } provider)
                return null;
            // The flagged data's subject first; then everyone else whose data the statement uses. The analyzer
            // tracks consent per purpose, not per person: after a check for one subject it would accept the other
            // subject's data in the same statement, so the guard must ask about both.
            var subjects = DataSubjectLookup.Find(document.SemanticModel, document.Model, flagged, target.Position, cancellationToken)
                .Concat(DataSubjectLookup.Find(document.SemanticModel, document.Model, target.GuardedExpression, target.Position, cancellationToken))
                .ToList();
            // Whose consent it is cannot be guessed: a placeholder would not compile (and the analyzer, seeing no
            // check, would offer this fix again inside its own guard); a wrong subject would be a silent leak.
            return subjects.Count == 0 ? null : new GuardPlan(purpose, target, provider, subjects);
        }

        private static async Task<Document> ApplyAsync(FixDocument document, IReadOnlyList<GuardPlan> plans, CancellationToken cancellationToken)
        {
            var editor = await DocumentEditor.CreateAsync(document.Document, cancellationToken).ConfigureAwait(false);
            // Several findings in one statement get one guard that checks each of their subjects.
            foreach (var group in plans.GroupBy(p => p.Target.ReplacedNode).OrderByDescending(g => g.Key.SpanStart))
            {
                var first = group.First();
                var subjects = group.SelectMany(p => p.Subjects).GroupBy(s => s.ToString()).Select(s => s.First()).ToList();
                var condition = Condition(first.Provider, subjects, first.Purpose);
                editor.ReplaceNode(group.Key, (current, _) => first.Target.Guard(current, condition));
            }
            return editor.GetChangedDocument();
        }

        /// <summary><c>consent.IsGranted(a.Id, P) &amp;&amp; consent.IsGranted(b.Id, P)</c>.</summary>
        private static ExpressionSyntax Condition(string provider, IReadOnlyList<ExpressionSyntax> subjects, string purpose)
        {
            var checks = subjects
                .Select(subject => (ExpressionSyntax)SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(provider), SyntaxFactory.IdentifierName("IsGranted")),
                    SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(new[] { SyntaxFactory.Argument(subject), SyntaxFactory.Argument(ConsentGuardSyntax.Purpose(purpose)) }))));
            return checks.Aggregate((left, right) => SyntaxFactory.BinaryExpression(SyntaxKind.LogicalAndExpression, left, right));
        }

        private sealed class GuardPlan
        {
            public GuardPlan(string purpose, GuardTarget target, string provider, IReadOnlyList<ExpressionSyntax> subjects)
            {
                Purpose = purpose;
                Target = target;
                Provider = provider;
                Subjects = subjects;
            }

            public string Purpose { get; }
            public GuardTarget Target { get; }
            public string Provider { get; }
            public IReadOnlyList<ExpressionSyntax> Subjects { get; }
        }
    }
}
