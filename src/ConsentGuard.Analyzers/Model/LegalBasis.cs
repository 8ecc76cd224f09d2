using System;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>The legal bases a purpose can rest on: <c>ConsentGuard.LegalBasisKind</c>, by value.</summary>
    internal enum LegalBasisKind
    {
        Consent = 0,
        LegitimateInterest = 1,
    }

    /// <summary>
    /// One purpose's declared legal basis, from <c>[assembly: LegalBasis]</c> or a <c>basis</c> line of ConsentGuard.txt.
    /// Only a valid declaration is ever in force (see <see cref="LegalBasisRules"/>); an invalid one leaves the purpose on consent.
    /// </summary>
    internal sealed class LegalBasisDeclaration
    {
        public LegalBasisDeclaration(string purpose, LegalBasisKind kind, string? assessment, string? noticeDate, Location location, bool inThisCompilation)
        {
            Purpose = purpose;
            Kind = kind;
            Assessment = assessment;
            NoticeDate = noticeDate;
            Location = location;
            InThisCompilation = inThisCompilation;
        }

        public string Purpose { get; }
        public LegalBasisKind Kind { get; }

        /// <summary>The legitimate-interest assessment's reference; null for consent.</summary>
        public string? Assessment { get; }

        /// <summary>The notice date as written (<c>yyyy-MM-dd</c>); null for consent.</summary>
        public string? NoticeDate { get; }

        /// <summary>The attribute, or the ConsentGuard.txt line; <see cref="Location.None"/> for a referenced assembly's.</summary>
        public Location Location { get; }

        /// <summary>False for a declaration read from a referenced assembly (not this compilation's to report on).</summary>
        public bool InThisCompilation { get; }

        public bool IsLegitimateInterest => Kind == LegalBasisKind.LegitimateInterest;
    }

    /// <summary>
    /// What makes a basis declaration valid, one rule for the attribute and for ConsentGuard.txt: consent needs nothing
    /// more; legitimate interest needs a non-blank assessment reference and a notice date <c>yyyy-MM-dd</c>.
    /// </summary>
    internal static class LegalBasisRules
    {
        public const string DateFormat = "yyyy-MM-dd";

        /// <summary>The names a ConsentGuard.txt <c>basis</c> line spells the kinds with.</summary>
        public const string ConsentName = "consent";
        public const string LegitimateInterestName = "legitimate-interest";

        /// <summary>What is wrong with the declaration, or null when it is valid.</summary>
        public static string? Problem(LegalBasisKind kind, string? assessment, string? noticeDate)
        {
            if (kind == LegalBasisKind.Consent)
                return null;
            if (string.IsNullOrWhiteSpace(assessment))
                return "legitimate interest needs the reference of its assessment (Assessment = \"LIA-…\")";
            if (noticeDate is null || noticeDate.Trim().Length == 0)
                return "legitimate interest needs the date from which members were notified (NoticeDate = \"" + DateFormat + "\")";
            if (!TryParseDate(noticeDate, out _))
                return "notice date '" + noticeDate + "' is not a date " + DateFormat;
            return null;
        }

        public static bool TryParseDate(string? text, out DateTime date) =>
            DateTime.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

        public static bool TryParseKind(string text, out LegalBasisKind kind)
        {
            switch (text)
            {
                case ConsentName: kind = LegalBasisKind.Consent; return true;
                case LegitimateInterestName: kind = LegalBasisKind.LegitimateInterest; return true;
                default: kind = default; return false;
            }
        }

        public static string Name(LegalBasisKind kind) => kind == LegalBasisKind.LegitimateInterest ? LegitimateInterestName : ConsentName;
    }
}
