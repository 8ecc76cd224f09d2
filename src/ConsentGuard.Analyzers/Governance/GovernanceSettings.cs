using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Analyzers.Governance
{
    /// <summary>How strictly flows to one purpose are enforced (CG0001–CG0003), set per purpose in <c>.globalconfig</c>.</summary>
    internal enum PurposeEnforcement
    {
        Error,
        Warning,
        Off,
    }

    /// <summary>A <c>.globalconfig</c> entry of ConsentGuard's that cannot be used (reported as CG0010, without a location).</summary>
    internal sealed class SettingProblem
    {
        public SettingProblem(string key, string message)
        {
            Key = key;
            Message = message;
        }

        public string Key { get; }
        public string Message { get; }
    }

    /// <summary>
    /// The adoption settings of a compilation, read once from <c>.globalconfig</c>:
    /// <list type="bullet">
    /// <item><c>consentguard.purpose.&lt;Name&gt;.enforcement = error | warning | off</c>: CG0001–CG0003's severity for flows to that purpose;</item>
    /// <item><c>consentguard.reference_date = yyyy-MM-dd</c>: the day exemptions are judged on (default: the build's UTC date), so a build can be reproduced and tests do not depend on the calendar.</item>
    /// </list>
    /// </summary>
    internal sealed class GovernanceSettings
    {
        public const string ReferenceDateKey = "consentguard.reference_date";
        /// <summary>The keys <c>consentguard.purpose.&lt;Name&gt;.enforcement</c> start with this and a dot.</summary>
        public const string PurposeKeyPrefix = "consentguard.purpose";
        public const string EnforcementKeySuffix = ".enforcement";

        /// <summary>The one date format of the settings and of <c>[ConsentExempt(Expires = …)]</c>.</summary>
        public const string DateFormat = "yyyy-MM-dd";

        private readonly ImmutableDictionary<string, PurposeEnforcement> _enforcement;

        private GovernanceSettings(DateTime today, ImmutableDictionary<string, PurposeEnforcement> enforcement, ImmutableArray<SettingProblem> problems)
        {
            Today = today;
            _enforcement = enforcement;
            Problems = problems;
        }

        /// <summary>The day exemptions are judged on: an exemption whose Expires is before it has expired.</summary>
        public DateTime Today { get; }

        /// <summary>Settings that name an unknown purpose or have a value ConsentGuard cannot read; the default applies for them.</summary>
        public ImmutableArray<SettingProblem> Problems { get; }

        /// <summary>Every purpose with an enforcement set explicitly, by name.</summary>
        public ImmutableDictionary<string, PurposeEnforcement> ExplicitEnforcement => _enforcement;

        public PurposeEnforcement EnforcementOf(string purpose) =>
            _enforcement.TryGetValue(purpose, out var enforcement) ? enforcement : PurposeEnforcement.Error;

        /// <summary>The severity a flow finding for <paramref name="purpose"/> is reported with; null when the purpose's enforcement is off.</summary>
        public DiagnosticSeverity? FlowSeverityFor(string purpose) => EnforcementOf(purpose) switch
        {
            PurposeEnforcement.Warning => DiagnosticSeverity.Warning,
            PurposeEnforcement.Off => null,
            _ => DiagnosticSeverity.Error,
        };

        public static string Name(PurposeEnforcement enforcement) => enforcement switch
        {
            PurposeEnforcement.Warning => "warning",
            PurposeEnforcement.Off => "off",
            _ => "error",
        };

        public static bool TryParseDate(string? text, out DateTime date) =>
            DateTime.TryParseExact(text?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

        public static string FormatDate(DateTime date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

        public static GovernanceSettings Read(AnalyzerOptions? options, IEnumerable<string> knownPurposes)
        {
            var problems = ImmutableArray.CreateBuilder<SettingProblem>();
            var enforcement = ImmutableDictionary.CreateBuilder<string, PurposeEnforcement>(StringComparer.Ordinal);
            var today = DateTime.UtcNow.Date;
            var global = options?.AnalyzerConfigOptionsProvider.GlobalOptions;
            if (global is null)
                return new GovernanceSettings(today, enforcement.ToImmutable(), problems.ToImmutable());

            if (global.TryGetValue(ReferenceDateKey, out var dateText))
            {
                if (TryParseDate(dateText, out var date))
                    today = date;
                else
                    problems.Add(new SettingProblem(ReferenceDateKey, $"'{dateText}' is not a date in the form {DateFormat}; today's UTC date is used"));
            }

            var known = new HashSet<string>(knownPurposes, StringComparer.Ordinal);
            const string prefix = PurposeKeyPrefix + ".";
            foreach (var key in CandidateKeys(global, known))
            {
                if (!key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || !key.EndsWith(EnforcementKeySuffix, StringComparison.OrdinalIgnoreCase)
                    || key.Length <= prefix.Length + EnforcementKeySuffix.Length || !global.TryGetValue(key, out var value))
                    continue;
                var written = key.Substring(prefix.Length, key.Length - prefix.Length - EnforcementKeySuffix.Length);
                // Editorconfig keys are case-insensitive (the compiler lower-cases them), so the purpose is matched without case.
                var purpose = known.FirstOrDefault(p => string.Equals(p, written, StringComparison.OrdinalIgnoreCase));
                if (purpose is null)
                {
                    problems.Add(new SettingProblem(key, $"'{written}' is not a known purpose, so this setting applies to nothing"));
                    continue;
                }
                switch (value?.Trim().ToLowerInvariant())
                {
                    case "error": enforcement[purpose] = PurposeEnforcement.Error; break;
                    case "warning": enforcement[purpose] = PurposeEnforcement.Warning; break;
                    case "off" or "none": enforcement[purpose] = PurposeEnforcement.Off; break;
                    default:
                        problems.Add(new SettingProblem(key, $"'{value}' is not an enforcement: use error, warning or off; 'error' applies to '{purpose}'"));
                        break;
                }
            }
            return new GovernanceSettings(today, enforcement.ToImmutable(),
                problems.OrderBy(p => p.Key, StringComparer.Ordinal).ToImmutableArray());
        }

        /// <summary>
        /// The keys that may set a purpose's enforcement: every key the host lists. A host whose options cannot list their
        /// keys (<see cref="AnalyzerConfigOptions.Keys"/> is virtual and throws by default) gets each known purpose's own
        /// key instead (as written and lower-cased, as the compiler stores editorconfig keys): its settings still apply,
        /// and only a key naming an unknown purpose goes unreported there.
        /// </summary>
        private static IEnumerable<string> CandidateKeys(AnalyzerConfigOptions global, IEnumerable<string> knownPurposes)
        {
            try
            {
                return global.Keys.ToList();
            }
            catch (NotImplementedException)
            {
                return knownPurposes
                    .SelectMany(purpose => new[] { PurposeKeyPrefix + "." + purpose + EnforcementKeySuffix, (PurposeKeyPrefix + "." + purpose + EnforcementKeySuffix).ToLowerInvariant() })
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
            }
        }
    }
}
