using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Analyzers.Configuration
{
    /// <summary>
    /// What a built-in catalog entry says a call does with the data (docs/third-party-apis.md 'The built-in catalog'): training puts it into a model's
    /// weights, retrieval stores it (as embeddings) to be found again, inference processes it in a prompt.
    /// </summary>
    internal enum CatalogGroup
    {
        Training,
        Retrieval,
        Inference,
    }

    internal static class CatalogGroups
    {
        public static readonly ImmutableArray<CatalogGroup> All = ImmutableArray.Create(CatalogGroup.Training, CatalogGroup.Retrieval, CatalogGroup.Inference);

        /// <summary>As written in the catalog (<c>group retrieval</c>) and in the option (<c>consentguard.catalog.retrieval</c>).</summary>
        public static string Name(CatalogGroup group) => group switch
        {
            CatalogGroup.Training => "training",
            CatalogGroup.Retrieval => "retrieval",
            _ => "inference",
        };

        public static bool TryParse(string text, out CatalogGroup group)
        {
            foreach (var candidate in All)
            {
                if (Name(candidate) == text)
                {
                    group = candidate;
                    return true;
                }
            }
            group = default;
            return false;
        }

        /// <summary>
        /// The purpose a group's <c>*</c> entries stand for when nothing is configured: retrieval serves
        /// personalization; inference is off (null) until a project says what its prompts are for. Training
        /// entries name their purpose themselves (GenerativeTraining, or ModelTraining for classic ML).
        /// </summary>
        public static string? DefaultPurpose(CatalogGroup group) => group == CatalogGroup.Retrieval ? "Personalization" : null;

        /// <summary>Training and retrieval are on unless turned off; inference is off unless given a purpose.</summary>
        public static bool OnByDefault(CatalogGroup group) => group != CatalogGroup.Inference;

        /// <summary>Whether the group's entries write <c>*</c> for a configurable purpose.</summary>
        public static bool HasConfigurablePurpose(CatalogGroup group) => group != CatalogGroup.Training;

        public static string OptionName(CatalogGroup group) => CatalogSettings.OptionPrefix + Name(group);
    }

    /// <summary>
    /// How a compilation's .globalconfig sets the catalog up: <c>consentguard.builtin_catalog = false</c> turns it
    /// off; <c>consentguard.catalog.&lt;group&gt; = false</c> turns one group off; <c>consentguard.catalog.retrieval</c> and
    /// <c>consentguard.catalog.inference = &lt;Purpose&gt;</c> set the purpose the group's entries are sinks for (and
    /// turn inference on). A purpose that is not known is <see cref="Problems"/> (CG0005): retrieval then keeps its
    /// default purpose, inference stays off.
    /// </summary>
    internal sealed class CatalogSettings : IEquatable<CatalogSettings>
    {
        public const string OptionPrefix = "consentguard.catalog.";

        public static readonly CatalogSettings Default = new CatalogSettings(enabled: true, Defaults(), ImmutableArray<CatalogSettingProblem>.Empty);

        private CatalogSettings(bool enabled, ImmutableArray<string?> purposes, ImmutableArray<CatalogSettingProblem> problems)
        {
            Enabled = enabled;
            Purposes = purposes;
            Problems = problems;
        }

        /// <summary>False when <c>consentguard.builtin_catalog = false</c>.</summary>
        public bool Enabled { get; }

        /// <summary>
        /// By group (its enum value): null when the group is off; otherwise the purpose its <c>*</c> entries are sinks
        /// for (for training, which has none, the group's name, only to say "on").
        /// </summary>
        private ImmutableArray<string?> Purposes { get; }

        /// <summary>Option values that name no known purpose, for CG0005.</summary>
        public ImmutableArray<CatalogSettingProblem> Problems { get; }

        public bool IsOn(CatalogGroup group) => Enabled && Purposes[(int)group] is not null;

        /// <summary>The purpose of a group's <c>*</c> entries; null when the group is off.</summary>
        public string? PurposeOf(CatalogGroup group) => Enabled ? Purposes[(int)group] : null;

        /// <summary>
        /// Reads the options. Only an explicit <c>false</c> turns something off: anything else keeps the safe default.
        /// </summary>
        public static CatalogSettings Read(AnalyzerOptions? options, Func<string, bool> isKnownPurpose)
        {
            var global = options?.AnalyzerConfigOptionsProvider.GlobalOptions;
            if (global is null)
                return Default;
            if (global.TryGetValue(BuiltinCatalog.OptionName, out var catalog) && IsFalse(catalog))
                return new CatalogSettings(enabled: false, Defaults(), ImmutableArray<CatalogSettingProblem>.Empty);

            var purposes = Defaults().ToBuilder();
            var problems = ImmutableArray.CreateBuilder<CatalogSettingProblem>();
            foreach (var group in CatalogGroups.All)
            {
                if (!global.TryGetValue(CatalogGroups.OptionName(group), out var raw) || raw is null)
                    continue;
                var value = raw.Trim();
                if (IsFalse(value))
                    purposes[(int)group] = null;
                else if (!CatalogGroups.HasConfigurablePurpose(group) || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
                {
                    if (CatalogGroups.DefaultPurpose(group) is null && CatalogGroups.HasConfigurablePurpose(group))
                        problems.Add(new CatalogSettingProblem(CatalogGroups.OptionName(group), value, "needs the purpose its calls are used for, e.g. " + CatalogGroups.OptionName(group) + " = Personalization"));
                }
                else if (isKnownPurpose(value))
                    purposes[(int)group] = value;
                else
                    problems.Add(new CatalogSettingProblem(CatalogGroups.OptionName(group), value,
                        "is not a known purpose; use one of ConsentGuard.Purposes or declare it with [assembly: DefinePurpose(\"" + value + "\")]"));
            }
            if (problems.Count == 0 && purposes.SequenceEqual(Default.Purposes))
                return Default;
            return new CatalogSettings(enabled: true, purposes.ToImmutable(), problems.ToImmutable());
        }

        private static ImmutableArray<string?> Defaults()
        {
            var purposes = ImmutableArray.CreateBuilder<string?>(CatalogGroups.All.Length);
            foreach (var group in CatalogGroups.All)
                purposes.Add(CatalogGroups.OnByDefault(group) ? CatalogGroups.DefaultPurpose(group) ?? CatalogGroups.Name(group) : null);
            return purposes.MoveToImmutable();
        }

        private static bool IsFalse(string? value) => string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase);

        public bool Equals(CatalogSettings? other) =>
            other is not null && Enabled == other.Enabled && Purposes.SequenceEqual(other.Purposes);

        public override bool Equals(object? obj) => Equals(obj as CatalogSettings);

        public override int GetHashCode()
        {
            var hash = Enabled ? 1 : 0;
            foreach (var purpose in Purposes)
                hash = hash * 31 + (purpose is null ? 0 : StringComparer.Ordinal.GetHashCode(purpose));
            return hash;
        }
    }

    /// <summary>A catalog option whose value names no known purpose: <c>{Option} = {Value}</c> {Reason}.</summary>
    internal sealed class CatalogSettingProblem
    {
        public CatalogSettingProblem(string option, string value, string reason)
        {
            Option = option;
            Value = value;
            Reason = reason;
        }

        public string Option { get; }

        public string Value { get; }

        public string Reason { get; }
    }
}
