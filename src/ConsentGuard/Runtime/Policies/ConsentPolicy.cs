using System;
using System.Collections.Generic;
using System.Linq;

namespace ConsentGuard
{
    /// <summary>
    /// Rules a <see cref="PolicyConsentProvider"/> applies on top of the person's own choice.
    /// Immutable: each <c>Exclude…</c> call returns a new policy, so a policy can be shared between
    /// threads and providers.
    /// </summary>
    /// <remarks>
    /// Every purpose requires an explicit opt-in, always: a policy can only take consent away, never
    /// add it. There is deliberately no "opt-out purpose" switch. A purpose granted unless the person
    /// objected is a silent opt-in, the very thing ConsentGuard exists to stop, and processing that
    /// rests on another legal basis (a contract, a legitimate interest) is not consent at all: it
    /// belongs in a <c>[ConsentExempt(purpose, Justification = …)]</c> at compile time, where the audit
    /// shows it, and it then asks no consent provider.
    /// </remarks>
    public sealed class ConsentPolicy
    {
        private readonly IReadOnlyDictionary<string, HashSet<string>> _excludedJurisdictions;

        private ConsentPolicy(IReadOnlyDictionary<string, HashSet<string>> excludedJurisdictions) =>
            _excludedJurisdictions = excludedJurisdictions;

        /// <summary>No exclusions: the provider's answer is the person's own choice.</summary>
        public static ConsentPolicy Default { get; } = new ConsentPolicy(new Dictionary<string, HashSet<string>>(StringComparer.Ordinal));

        /// <summary>
        /// A policy that also refuses <paramref name="purpose"/> for subjects in any of
        /// <paramref name="jurisdictions"/> (country codes cover their subdivisions), whatever they
        /// consented to. Adds to exclusions already configured for the purpose.
        /// </summary>
        public ConsentPolicy ExcludeJurisdictions(string purpose, IEnumerable<string> jurisdictions)
        {
            if (string.IsNullOrEmpty(purpose))
                throw new ArgumentException("A purpose is required.", nameof(purpose));
            if (jurisdictions is null)
                throw new ArgumentNullException(nameof(jurisdictions));

            var codes = new HashSet<string>(StringComparer.Ordinal);
            if (_excludedJurisdictions.TryGetValue(purpose, out var existing))
                codes.UnionWith(existing);
            foreach (var code in jurisdictions)
            {
                var normalized = Jurisdictions.Normalize(code) ?? throw new ArgumentException("A jurisdiction code must not be blank.", nameof(jurisdictions));
                // An exclusion no subject's code can ever match would silently exclude nobody.
                if (!Jurisdictions.IsWellFormed(normalized))
                    throw new ArgumentException($"'{code}' is not an ISO 3166 jurisdiction code such as 'DE' or 'US-CA'.", nameof(jurisdictions));
                codes.Add(normalized);
            }
            if (codes.Count == 0)
                throw new ArgumentException("At least one jurisdiction is required.", nameof(jurisdictions));

            var next = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var pair in _excludedJurisdictions)
                next[pair.Key] = pair.Value;
            next[purpose] = codes;
            return new ConsentPolicy(next);
        }

        /// <inheritdoc cref="ExcludeJurisdictions(string, IEnumerable{string})"/>
        public ConsentPolicy ExcludeJurisdictions(string purpose, params string[] jurisdictions) =>
            ExcludeJurisdictions(purpose, (IEnumerable<string>)jurisdictions);

        /// <summary>Whether <paramref name="purpose"/> depends on the subject's jurisdiction (and so needs it to be known).</summary>
        public bool HasJurisdictionExclusions(string purpose) =>
            purpose != null && _excludedJurisdictions.ContainsKey(purpose);

        /// <summary>The jurisdictions excluded for <paramref name="purpose"/>, normalized and sorted; empty when none.</summary>
        public IReadOnlyList<string> GetExcludedJurisdictions(string purpose) =>
            purpose != null && _excludedJurisdictions.TryGetValue(purpose, out var codes)
                ? codes.OrderBy(c => c, StringComparer.Ordinal).ToArray()
                : Array.Empty<string>();

        /// <summary>Every purpose that has exclusions.</summary>
        public IReadOnlyCollection<string> PurposesWithExclusions => _excludedJurisdictions.Keys.ToArray();

        /// <summary>
        /// Whether <paramref name="jurisdiction"/> (normalized) is excluded for <paramref name="purpose"/>,
        /// by its own code or by its country's.
        /// </summary>
        public bool IsExcluded(string purpose, string jurisdiction)
        {
            if (purpose is null || !_excludedJurisdictions.TryGetValue(purpose, out var codes))
                return false;
            var normalized = Jurisdictions.Normalize(jurisdiction);
            if (normalized is null)
                return false;
            return codes.Contains(normalized) || codes.Contains(Jurisdictions.CountryOf(normalized));
        }
    }
}
