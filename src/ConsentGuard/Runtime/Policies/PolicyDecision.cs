namespace ConsentGuard
{
    /// <summary>
    /// Why a <see cref="PolicyConsentProvider"/> answered as it did. Only <see cref="Granted"/>
    /// lets data through; the others tell an export which bucket a refused subject falls in.
    /// </summary>
    public enum PolicyDecision
    {
        /// <summary>The person consented and no policy excludes them.</summary>
        Granted,

        /// <summary>The underlying provider does not record consent in force (never given, or revoked).</summary>
        NotGranted,

        /// <summary>The purpose is excluded in the subject's jurisdiction, whatever they chose.</summary>
        ExcludedByJurisdiction,

        /// <summary>The purpose has jurisdiction exclusions and the subject's jurisdiction is unknown.</summary>
        UnknownJurisdiction,

        /// <summary>The consent or jurisdiction look-up failed; logged.</summary>
        Error,
    }
}
