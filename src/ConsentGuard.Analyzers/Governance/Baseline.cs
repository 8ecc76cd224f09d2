using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using ConsentGuard.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Analyzers.Governance
{
    /// <summary>
    /// What identifies a flow finding across edits: rule, purpose, the containing member's documentation ID and the
    /// origins, never a line number. The flow analyzer puts these into <see cref="Diagnostic.Properties"/>, so the
    /// baseline suppressor and the audit read them without analyzing anything again.
    /// </summary>
    internal static class BaselineKey
    {
        /// <summary>The rules a baseline can hold: the flow findings, which an existing code base has by the hundred.</summary>
        public static readonly ImmutableArray<string> Rules = ImmutableArray.Create(
            DiagnosticIds.UncheckedFlow, DiagnosticIds.UndeclaredPurpose, DiagnosticIds.WrongPurposeChecked);

        /// <summary>Origins in one order, so the key does not depend on the order the analysis met them.</summary>
        public static string JoinOrigins(IEnumerable<string> origins) =>
            string.Join(DiagnosticProperties.ListSeparator.ToString(), origins.Distinct(StringComparer.Ordinal).OrderBy(o => o, StringComparer.Ordinal));

        public static string Of(string rule, string purpose, string member, string joinedOrigins) =>
            rule + "|" + purpose + "|" + member + "|" + joinedOrigins;

        /// <summary>The key of a diagnostic the flow analyzer reported; null for any other.</summary>
        public static string? Of(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(DiagnosticProperties.Purpose, out var purpose) && purpose is not null
            && diagnostic.Properties.TryGetValue(DiagnosticProperties.Member, out var member) && member is not null
            && diagnostic.Properties.TryGetValue(DiagnosticProperties.Origins, out var origins) && origins is not null
                ? Of(diagnostic.Id, purpose, member, origins)
                : null;
    }

    /// <summary>One entry of ConsentGuard.baseline.json: up to <see cref="Count"/> findings of this key are suppressed.</summary>
    internal sealed class BaselineEntry
    {
        public BaselineEntry(string rule, string purpose, string member, string origins, int count, Location location)
        {
            Rule = rule;
            Purpose = purpose;
            Member = member;
            Origins = origins;
            Count = count;
            Location = location;
            Key = BaselineKey.Of(rule, purpose, member, origins);
        }

        public string Rule { get; }
        public string Purpose { get; }
        public string Member { get; }

        /// <summary>As <see cref="BaselineKey.JoinOrigins"/> writes them.</summary>
        public string Origins { get; }

        public int Count { get; }

        /// <summary>The entry's object in the file: where CG0014 points when it is stale.</summary>
        public Location Location { get; }

        public string Key { get; }
    }

    /// <summary>
    /// ConsentGuard.baseline.json, written by <c>consentguard baseline</c> and added to the project as an additional file:
    /// <code>
    /// { "version": 1, "findings": [ { "rule": "CG0001", "purpose": "GenerativeTraining",
    ///   "member": "M:Shop.Export.Run(Shop.Member)", "origins": ["Member.Email"], "count": 1 } ] }
    /// </code>
    /// A file that is not valid JSON of this shape holds no entries (nothing is suppressed: failing closed).
    /// </summary>
    internal sealed class Baseline
    {
        public const string FileName = "ConsentGuard.baseline.json";

        public static readonly Baseline Empty = new Baseline(ImmutableArray<BaselineEntry>.Empty);

        private readonly ImmutableDictionary<string, int> _counts;

        private Baseline(ImmutableArray<BaselineEntry> entries)
        {
            Entries = entries;
            _counts = entries.GroupBy(e => e.Key, StringComparer.Ordinal).ToImmutableDictionary(g => g.Key, g => g.Sum(e => e.Count), StringComparer.Ordinal);
        }

        public ImmutableArray<BaselineEntry> Entries { get; }

        public bool IsEmpty => Entries.IsEmpty;

        /// <summary>How many findings of <paramref name="key"/> the baseline suppresses (0 when none).</summary>
        public int CountOf(string key) => _counts.TryGetValue(key, out var count) ? count : 0;

        public static bool IsBaselineFile(string? path) =>
            path is { Length: > 0 } && string.Equals(Path.GetFileName(path), FileName, StringComparison.OrdinalIgnoreCase);

        public static Baseline Read(AnalyzerOptions? options, CancellationToken cancellationToken = default)
        {
            if (options is null)
                return Empty;
            var entries = ImmutableArray.CreateBuilder<BaselineEntry>();
            foreach (var file in options.AdditionalFiles)
                if (IsBaselineFile(file.Path) && file.GetText(cancellationToken) is { } text)
                    entries.AddRange(Parse(file.Path, text));
            return entries.Count == 0 ? Empty : new Baseline(entries.ToImmutable());
        }

        public static IEnumerable<BaselineEntry> Parse(string path, SourceText text)
        {
            if (JsonLite.Parse(text.ToString())?["findings"]?.AsArray is not { } findings)
                yield break;
            foreach (var finding in findings)
            {
                if (finding["rule"]?.AsString is not { } rule || finding["purpose"]?.AsString is not { } purpose || finding["member"]?.AsString is not { } member)
                    continue;
                var origins = finding["origins"]?.AsArray?.Select(o => o.AsString).OfType<string>() ?? Enumerable.Empty<string>();
                var count = finding["count"]?.Value is double d && d >= 1 && d <= int.MaxValue ? (int)d : 1;
                var span = TextSpan.FromBounds(finding.Start, finding.End);
                yield return new BaselineEntry(rule, purpose, member, BaselineKey.JoinOrigins(origins), count,
                    Location.Create(path, span, text.Lines.GetLinePositionSpan(span)));
            }
        }
    }
}

namespace ConsentGuard.Analyzers.Governance
{
    /// <summary>
    /// The descriptors a baselined finding is reported with. Roslyn lets a <see cref="DiagnosticSuppressor"/> suppress only
    /// diagnostics whose <em>default</em> severity is below error, and CG0001–CG0003 default to error. So a finding
    /// that the baseline lists is reported through a copy of its rule's descriptor whose default is warning, at the
    /// severity in force (error unless enforcement or .editorconfig say otherwise): same ID, message and help link,
    /// still an error if the suppressor does not take it (a finding beyond the entry's count), and suppressible.
    /// Findings the baseline does not list keep the rule's own descriptor.
    /// </summary>
    internal static class BaselineDescriptors
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, DiagnosticDescriptor> Copies =
            new System.Collections.Concurrent.ConcurrentDictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);

        public static DiagnosticDescriptor Suppressible(DiagnosticDescriptor rule) =>
            Copies.GetOrAdd(rule.Id, _ => Copy(rule));

#pragma warning disable RS1017 // The ID is the rule's own (a constant in DiagnosticIds); this is a copy with another default severity.
        private static DiagnosticDescriptor Copy(DiagnosticDescriptor rule) =>
            new DiagnosticDescriptor(rule.Id, rule.Title, rule.MessageFormat, rule.Category, DiagnosticSeverity.Warning, rule.IsEnabledByDefault,
                rule.Description, rule.HelpLinkUri, rule.CustomTags.ToArray());
#pragma warning restore RS1017
    }
}
