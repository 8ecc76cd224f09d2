using System;
using System.Collections.Immutable;
using System.Linq;
using ConsentGuard.Analyzers.Governance;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Analyzers.Analyzers
{
    /// <summary>
    /// Suppresses exactly the flow findings listed in ConsentGuard.baseline.json, matched by the key the flow
    /// analyzer put into each diagnostic's properties (<see cref="BaselineKey"/>): rule, purpose, containing member
    /// and origins. An entry with <c>count</c> N suppresses the first N findings of its key (in file and position
    /// order), so a second copy of a baselined leak in the same member still fails the build. A suppressor, not a
    /// filter, so that SARIF and the audit show the findings as suppressed, with the baseline as the justification.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BaselineSuppressor : DiagnosticSuppressor
    {
        public const string Justification = "Listed in ConsentGuard.baseline.json: a finding that existed when ConsentGuard was adopted";

        /// <summary>The suppression IDs: the rule's with a B, so that SARIF readers can tell baseline suppressions apart.</summary>
        public static string SuppressionIdFor(string ruleId) => "CGB" + ruleId.Substring(2);

        public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } =
            BaselineKey.Rules.Select(rule => new SuppressionDescriptor(SuppressionIdFor(rule), rule, Justification)).ToImmutableArray();

        public override void ReportSuppressions(SuppressionAnalysisContext context)
        {
            var baseline = ConsentModel.For(context.Compilation, context.Options).Baseline;
            if (baseline.IsEmpty)
                return;
            var byKey = context.ReportedDiagnostics
                .Select(d => (Diagnostic: d, Key: BaselineKey.Of(d)))
                .Where(d => d.Key is not null)
                .GroupBy(d => d.Key!, StringComparer.Ordinal);
            foreach (var group in byKey)
            {
                var allowed = baseline.CountOf(group.Key);
                if (allowed == 0)
                    continue;
                var ordered = group
                    .OrderBy(d => d.Diagnostic.Location.SourceTree?.FilePath ?? "", StringComparer.Ordinal)
                    .ThenBy(d => d.Diagnostic.Location.SourceSpan.Start);
                foreach (var (diagnostic, _) in ordered.Take(allowed))
                    context.ReportSuppression(Suppression.Create(SupportedSuppressions.First(s => s.SuppressedDiagnosticId == diagnostic.Id), diagnostic));
            }
        }
    }
}
