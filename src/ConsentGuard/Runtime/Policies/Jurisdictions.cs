using System;
using System.Collections.Generic;

namespace ConsentGuard
{
    /// <summary>
    /// Jurisdiction codes as the policies compare them: ISO 3166-1 alpha-2 country codes
    /// (<c>DE</c>), optionally with an ISO 3166-2 subdivision (<c>US-CA</c>). Comparison ignores
    /// case; a subdivision is covered by an exclusion of its country.
    /// </summary>
    public static class Jurisdictions
    {
        /// <summary>The 27 member states of the European Union. <c>EL</c>, the EU's own code for Greece, is listed beside ISO's <c>GR</c>.</summary>
        public static IReadOnlyCollection<string> EuropeanUnion { get; } = new[]
        {
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "EL", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
        };

        /// <summary>The European Economic Area: the EU plus Iceland, Liechtenstein and Norway.</summary>
        public static IReadOnlyCollection<string> EuropeanEconomicArea { get; } = Concat(EuropeanUnion, "IS", "LI", "NO");

        /// <summary>The EEA plus Switzerland: where the seed story's platform paused generative training.</summary>
        public static IReadOnlyCollection<string> EeaAndSwitzerland { get; } = Concat(EuropeanEconomicArea, "CH");

        /// <summary>
        /// The canonical form of <paramref name="code"/> (trimmed, upper case), or null when it is
        /// null or blank: a blank jurisdiction is an unknown one.
        /// </summary>
        public static string? Normalize(string? code)
        {
            if (code is null)
                return null;
            var trimmed = code.Trim();
            return trimmed.Length == 0 ? null : trimmed.ToUpperInvariant();
        }

        /// <summary>
        /// Whether a normalized code has the shape of a jurisdiction code: two letters, optionally a dash and one to three
        /// letters or digits (ISO 3166-2 subdivisions). Anything else (a country name, an alpha-3 or numeric code, a typo)
        /// is not a place a policy can compare, so the policies treat it as unknown.
        /// </summary>
        internal static bool IsWellFormed(string normalizedCode)
        {
            var length = normalizedCode.Length;
            if (length != 2 && (length < 4 || length > 6 || normalizedCode[2] != '-'))
                return false;
            if (!IsAsciiLetter(normalizedCode[0]) || !IsAsciiLetter(normalizedCode[1]))
                return false;
            for (var i = 3; i < length; i++)
                if (!IsAsciiLetter(normalizedCode[i]) && !(normalizedCode[i] >= '0' && normalizedCode[i] <= '9'))
                    return false;
            return true;
        }

        private static bool IsAsciiLetter(char c) => c >= 'A' && c <= 'Z';

        /// <summary>The country part of a normalized code: <c>US</c> for <c>US-CA</c>.</summary>
        internal static string CountryOf(string normalizedCode)
        {
            var dash = normalizedCode.IndexOf('-');
            return dash < 0 ? normalizedCode : normalizedCode.Substring(0, dash);
        }

        private static IReadOnlyCollection<string> Concat(IReadOnlyCollection<string> first, params string[] more)
        {
            var all = new List<string>(first);
            all.AddRange(more);
            return all.ToArray();
        }
    }
}
