using System.Collections.Concurrent;
using ConsentGuard.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Analyzers.Governance
{
    /// <summary>
    /// CG0014: entries of ConsentGuard.baseline.json that matched no finding of the compilation, so the baseline
    /// only shrinks. The flow analyzer notes the key of every finding it produced (before per-purpose enforcement
    /// decides whether to report it, so an entry of a purpose switched off is not stale) and reports at the end.
    /// </summary>
    internal sealed class BaselineStaleness
    {
        private readonly Baseline _baseline;
        private readonly ConcurrentDictionary<string, bool> _seen = new ConcurrentDictionary<string, bool>(System.StringComparer.Ordinal);

        public BaselineStaleness(Baseline baseline) => _baseline = baseline;

        public void Saw(string key) => _seen.TryAdd(key, true);

        public void Report(CompilationAnalysisContext context)
        {
            foreach (var entry in _baseline.Entries)
                if (!_seen.ContainsKey(entry.Key))
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.StaleBaselineEntry, entry.Location,
                        entry.Rule, entry.Purpose, entry.Member, entry.Origins.Length == 0 ? "unknown origins" : entry.Origins.Replace(DiagnosticProperties.ListSeparator.ToString(), ", ")));
        }
    }
}
