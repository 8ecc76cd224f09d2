using System;

namespace ConsentGuard
{
    /// <summary>
    /// Declares the legal basis of a purpose for this code base. A purpose without one rests on
    /// <see cref="LegalBasisKind.Consent"/>. <see cref="LegalBasisKind.LegitimateInterest"/> needs the
    /// reference of its legitimate-interest assessment (<see cref="Assessment"/>) and the date from which
    /// members were notified (<see cref="NoticeDate"/>, <c>yyyy-MM-dd</c>); without them the declaration is
    /// invalid (CG0005) and the purpose stays on consent.
    /// </summary>
    /// <example><code>
    /// [assembly: LegalBasis(Purposes.Personalization, LegalBasisKind.LegitimateInterest,
    ///     Assessment = "LIA-2025-07", NoticeDate = "2025-09-01")]
    /// </code></example>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class LegalBasisAttribute : Attribute
    {
        /// <summary>Declares that <paramref name="purpose"/> rests on <paramref name="basis"/>.</summary>
        public LegalBasisAttribute(string purpose, LegalBasisKind basis)
        {
            Purpose = purpose;
            Basis = basis;
        }

        /// <summary>The purpose.</summary>
        public string Purpose { get; }

        /// <summary>The legal basis its processing rests on.</summary>
        public LegalBasisKind Basis { get; }

        /// <summary>
        /// The reference of the legitimate-interest assessment (the three-step test of EDPB Opinion 28/2024:
        /// interest, necessity, balancing), as your records name it: <c>LIA-2025-07</c>. Required for
        /// <see cref="LegalBasisKind.LegitimateInterest"/>; shown in audits.
        /// </summary>
        public string? Assessment { get; set; }

        /// <summary>
        /// The date (<c>yyyy-MM-dd</c>, UTC) from which members were notified of the processing and of their
        /// right to object. Required for <see cref="LegalBasisKind.LegitimateInterest"/>: no one is processed on
        /// this basis on or before it.
        /// </summary>
        public string? NoticeDate { get; set; }
    }
}
