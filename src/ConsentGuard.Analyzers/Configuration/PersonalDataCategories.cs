using System;
using System.Collections.Immutable;

namespace ConsentGuard.Analyzers.Configuration
{
    /// <summary>
    /// The member names of <c>ConsentGuard.PersonalDataCategory</c>, which a <c>source</c> line names. The
    /// analyzer does not reference the runtime assembly, so they are listed here; a test keeps this list
    /// equal to the enum.
    /// </summary>
    internal static class PersonalDataCategories
    {
        public static readonly ImmutableArray<string> Names = ImmutableArray.Create(
            "Unspecified", "Identifier", "Contact", "Demographic", "Professional", "UserContent", "Behavioral",
            "Location", "Financial", "Health", "Biometric", "Genetic", "SpecialCategory");

        /// <summary>The special categories of GDPR Art. 9 (docs/legal-basis.md): never processed on legitimate interest (CG0016).</summary>
        public static readonly ImmutableArray<string> Special = ImmutableArray.Create("Health", "Biometric", "Genetic", "SpecialCategory");

        public static bool IsSpecial(string? name) => name is not null && Special.IndexOf(name, 0, StringComparer.Ordinal) >= 0;

        /// <summary>Exact, case-sensitive: a category is written as the enum member is.</summary>
        public static bool IsKnown(string name) => Names.IndexOf(name, 0, StringComparer.Ordinal) >= 0;
    }
}
