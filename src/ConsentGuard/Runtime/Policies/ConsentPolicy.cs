using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace ConsentGuard
{
    /// <summary>
    /// Rules a <see cref="PolicyConsentProvider"/> applies on top of the person's own choice.
    /// Immutable: each <c>Exclude…</c> call returns a new policy, so a policy can be shared between
    /// threads and providers.
    /// </summary>
    /// <remarks>
    /// Every purpose requires an explicit opt-in unless the policy puts it on legitimate interest
    /// (<see cref="WithLegitimateInterest(string, string, DateTime)"/>, usually read from the code's
    /// <c>[assembly: LegalBasis]</c> declarations by <see cref="WithLegalBases(Assembly)"/>). There is still no
    /// bare "opt-out purpose": a legitimate-interest purpose needs an assessment reference and a notice date, and its
    /// provider answers "granted" only for people notified in time who did not object (see docs/legal-basis.md).
    /// Jurisdiction rules can only take processing away or make it stricter: <see cref="ExcludeJurisdictions(string, IEnumerable{string})"/>
    /// refuses a purpose in some places, <see cref="RequireConsentIn(string, IEnumerable{string})"/> asks for consent
    /// there instead of relying on legitimate interest.
    /// </remarks>
    public sealed class ConsentPolicy
    {
        private static readonly IReadOnlyDictionary<string, HashSet<string>> NoJurisdictions = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        private static readonly IReadOnlyDictionary<string, LegitimateInterest> NoLegitimateInterests = new Dictionary<string, LegitimateInterest>(StringComparer.Ordinal);

        private readonly IReadOnlyDictionary<string, HashSet<string>> _excludedJurisdictions;
        private readonly IReadOnlyDictionary<string, HashSet<string>> _consentJurisdictions;
        private readonly IReadOnlyDictionary<string, LegitimateInterest> _legitimateInterests;

        private ConsentPolicy(IReadOnlyDictionary<string, HashSet<string>> excludedJurisdictions, IReadOnlyDictionary<string, HashSet<string>> consentJurisdictions,
                              IReadOnlyDictionary<string, LegitimateInterest> legitimateInterests)
        {
            _excludedJurisdictions = excludedJurisdictions;
            _consentJurisdictions = consentJurisdictions;
            _legitimateInterests = legitimateInterests;
        }

        /// <summary>No exclusions, every purpose on consent: the provider's answer is the person's own choice.</summary>
        public static ConsentPolicy Default { get; } = new ConsentPolicy(NoJurisdictions, NoJurisdictions, NoLegitimateInterests);

        /// <summary>
        /// A policy that also refuses <paramref name="purpose"/> for subjects in any of
        /// <paramref name="jurisdictions"/> (country codes cover their subdivisions), whatever they
        /// consented to. Adds to exclusions already configured for the purpose.
        /// </summary>
        public ConsentPolicy ExcludeJurisdictions(string purpose, IEnumerable<string> jurisdictions) =>
            new ConsentPolicy(WithCodes(_excludedJurisdictions, purpose, jurisdictions), _consentJurisdictions, _legitimateInterests);

        /// <inheritdoc cref="ExcludeJurisdictions(string, IEnumerable{string})"/>
        public ConsentPolicy ExcludeJurisdictions(string purpose, params string[] jurisdictions) =>
            ExcludeJurisdictions(purpose, (IEnumerable<string>)jurisdictions);

        /// <summary>
        /// A policy that puts <paramref name="purpose"/> on legitimate interest: a subject is granted when notified (by
        /// the <see cref="IObjectionRegister"/>) on a day before the processing, the processing is after
        /// <paramref name="noticeDate"/>, and they have not objected. Replaces an earlier legitimate interest for the purpose.
        /// </summary>
        /// <exception cref="ArgumentException">The purpose or assessment is blank.</exception>
        public ConsentPolicy WithLegitimateInterest(string purpose, string assessment, DateTime noticeDate)
        {
            var basis = new LegitimateInterest(purpose, assessment, noticeDate);
            var next = new Dictionary<string, LegitimateInterest>(StringComparer.Ordinal);
            foreach (var pair in _legitimateInterests)
                next[pair.Key] = pair.Value;
            next[purpose] = basis;
            return new ConsentPolicy(_excludedJurisdictions, _consentJurisdictions, next);
        }

        /// <summary>
        /// A policy whose legitimate-interest <paramref name="purpose"/> is decided by consent instead for subjects in
        /// any of <paramref name="jurisdictions"/> (country codes cover their subdivisions), and for subjects whose
        /// jurisdiction is unknown: where a regulator does not accept legitimate interest for it. Adds to those already
        /// configured. Has no effect on a purpose that rests on consent anyway.
        /// </summary>
        public ConsentPolicy RequireConsentIn(string purpose, IEnumerable<string> jurisdictions) =>
            new ConsentPolicy(_excludedJurisdictions, WithCodes(_consentJurisdictions, purpose, jurisdictions), _legitimateInterests);

        /// <inheritdoc cref="RequireConsentIn(string, IEnumerable{string})"/>
        public ConsentPolicy RequireConsentIn(string purpose, params string[] jurisdictions) =>
            RequireConsentIn(purpose, (IEnumerable<string>)jurisdictions);

        /// <summary>
        /// A policy with the legal bases <paramref name="assembly"/> declares with <c>[assembly: LegalBasis]</c>: each
        /// legitimate-interest declaration becomes <see cref="WithLegitimateInterest(string, string, DateTime)"/>. The
        /// analyzer already checked them at build time; an invalid one found here (say, in an assembly built without
        /// ConsentGuard's analyzer) is refused at start-up rather than silently read as consent or as legitimate interest.
        /// </summary>
        /// <exception cref="ArgumentException">A declaration lacks its assessment or has no valid notice date, or a purpose is declared twice.</exception>
        public ConsentPolicy WithLegalBases(Assembly assembly)
        {
            if (assembly is null)
                throw new ArgumentNullException(nameof(assembly));
            var policy = this;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var declaration in assembly.GetCustomAttributes<LegalBasisAttribute>())
            {
                if (string.IsNullOrEmpty(declaration.Purpose) || !seen.Add(declaration.Purpose))
                    throw new ArgumentException($"{assembly.GetName().Name}: the legal basis of '{declaration.Purpose}' is declared more than once or names no purpose.", nameof(assembly));
                if (declaration.Basis == LegalBasisKind.Consent)
                    continue;
                if (declaration.Basis != LegalBasisKind.LegitimateInterest)
                    throw new ArgumentException($"{assembly.GetName().Name}: '{declaration.Purpose}' declares an unknown legal basis ({(int)declaration.Basis}).", nameof(assembly));
                if (string.IsNullOrWhiteSpace(declaration.Assessment))
                    throw new ArgumentException($"{assembly.GetName().Name}: legitimate interest for '{declaration.Purpose}' needs the reference of its assessment.", nameof(assembly));
                if (!LegitimateInterest.TryParseDate(declaration.NoticeDate, out var noticeDate))
                    throw new ArgumentException($"{assembly.GetName().Name}: legitimate interest for '{declaration.Purpose}' needs a notice date {LegitimateInterest.DateFormat}, not '{declaration.NoticeDate}'.", nameof(assembly));
                policy = policy.WithLegitimateInterest(declaration.Purpose, declaration.Assessment!, noticeDate);
            }
            return policy;
        }

        /// <summary>The legitimate interest <paramref name="purpose"/> rests on; null when it rests on consent.</summary>
        public LegitimateInterest? GetLegitimateInterest(string purpose) =>
            purpose != null && _legitimateInterests.TryGetValue(purpose, out var basis) ? basis : null;

        /// <summary>Every purpose on legitimate interest.</summary>
        public IReadOnlyCollection<LegitimateInterest> LegitimateInterests => _legitimateInterests.Values.ToArray();

        /// <summary>Whether a legitimate-interest <paramref name="purpose"/> asks some jurisdictions for consent instead.</summary>
        public bool HasConsentRequirements(string purpose) =>
            purpose != null && _legitimateInterests.ContainsKey(purpose) && _consentJurisdictions.ContainsKey(purpose);

        /// <summary>
        /// Whether <paramref name="jurisdiction"/> asks for consent for the legitimate-interest <paramref name="purpose"/>:
        /// listed (by its own code or its country's), or unknown or malformed.
        /// </summary>
        public bool RequiresConsent(string purpose, string? jurisdiction)
        {
            if (!HasConsentRequirements(purpose))
                return false;
            var normalized = Jurisdictions.Normalize(jurisdiction);
            if (normalized is null || !Jurisdictions.IsWellFormed(normalized))
                return true;
            var codes = _consentJurisdictions[purpose];
            return codes.Contains(normalized) || codes.Contains(Jurisdictions.CountryOf(normalized));
        }

        /// <summary>Whether deciding <paramref name="purpose"/> needs the subject's jurisdiction.</summary>
        public bool NeedsJurisdiction(string purpose) => HasJurisdictionExclusions(purpose) || HasConsentRequirements(purpose);

        /// <summary>Every purpose whose decision needs the subject's jurisdiction.</summary>
        public IReadOnlyCollection<string> PurposesNeedingJurisdiction =>
            _excludedJurisdictions.Keys.Concat(_consentJurisdictions.Keys.Where(_legitimateInterests.ContainsKey)).Distinct().ToArray();

        /// <summary>The jurisdictions that ask for consent for <paramref name="purpose"/>, normalized and sorted; empty when none.</summary>
        public IReadOnlyList<string> GetConsentJurisdictions(string purpose) =>
            purpose != null && _consentJurisdictions.TryGetValue(purpose, out var codes)
                ? codes.OrderBy(c => c, StringComparer.Ordinal).ToArray()
                : Array.Empty<string>();

        private static IReadOnlyDictionary<string, HashSet<string>> WithCodes(IReadOnlyDictionary<string, HashSet<string>> existing, string purpose, IEnumerable<string> jurisdictions)
        {
            if (string.IsNullOrEmpty(purpose))
                throw new ArgumentException("A purpose is required.", nameof(purpose));
            if (jurisdictions is null)
                throw new ArgumentNullException(nameof(jurisdictions));

            var codes = new HashSet<string>(StringComparer.Ordinal);
            if (existing.TryGetValue(purpose, out var earlier))
                codes.UnionWith(earlier);
            foreach (var code in jurisdictions)
            {
                var normalized = Jurisdictions.Normalize(code) ?? throw new ArgumentException("A jurisdiction code must not be blank.", nameof(jurisdictions));
                // A code no subject's code can ever match would silently apply to nobody.
                if (!Jurisdictions.IsWellFormed(normalized))
                    throw new ArgumentException($"'{code}' is not an ISO 3166 jurisdiction code such as 'DE' or 'US-CA'.", nameof(jurisdictions));
                codes.Add(normalized);
            }
            if (codes.Count == 0)
                throw new ArgumentException("At least one jurisdiction is required.", nameof(jurisdictions));

            var next = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var pair in existing)
                next[pair.Key] = pair.Value;
            next[purpose] = codes;
            return next;
        }

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
