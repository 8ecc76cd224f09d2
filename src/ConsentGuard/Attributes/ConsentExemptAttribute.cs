using System;

namespace ConsentGuard
{
    /// <summary>
    /// Flows to <see cref="Purpose"/> inside this member or type are exempt from consent checks.
    /// A non-empty <see cref="Justification"/> is required; it shows up in audits.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class ConsentExemptAttribute : Attribute
    {
        /// <summary>Exempts flows to <paramref name="purpose"/>.</summary>
        public ConsentExemptAttribute(string purpose) => Purpose = purpose;

        /// <summary>The exempt purpose.</summary>
        public string Purpose { get; }

        /// <summary>Why the exemption is lawful (a DPIA reference, synthetic data, …). Required.</summary>
        public string? Justification { get; set; }

        /// <summary>The ticket that owns the exemption (e.g. <c>PRIV-123</c>): who answers for it. Shown in audits.</summary>
        public string? Ticket { get; set; }

        /// <summary>
        /// The last day the exemption holds, as <c>yyyy-MM-dd</c> (e.g. <c>2027-06-30</c>). From the next day on,
        /// the exemption is reported as expired (CG0013) so it comes up for review; it is still applied.
        /// </summary>
        public string? Expires { get; set; }
    }
}
