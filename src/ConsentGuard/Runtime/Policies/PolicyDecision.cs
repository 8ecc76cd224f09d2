namespace ConsentGuard
{
    /// <summary>
    /// Why a <see cref="PolicyConsentProvider"/> answered as it did. Only <see cref="Granted"/>
    /// lets data through; the others tell an export which bucket a refused subject falls in.
    /// </summary>
    public enum PolicyDecision
    {
        /// <summary>The person consented (or, on legitimate interest, was notified and did not object) and no policy excludes them.</summary>
        Granted,

        /// <summary>The underlying provider does not record consent in force (never given, or revoked).</summary>
        NotGranted,

        /// <summary>The purpose is excluded in the subject's jurisdiction, whatever they chose.</summary>
        ExcludedByJurisdiction,

        /// <summary>The purpose has jurisdiction exclusions and the subject's jurisdiction is unknown.</summary>
        UnknownJurisdiction,

        /// <summary>The consent, objection or jurisdiction look-up failed; logged.</summary>
        Error,

        /// <summary>The purpose rests on legitimate interest and the person objected to it.</summary>
        Objected,

        /// <summary>
        /// The purpose rests on legitimate interest and the person was not notified of it on a day before the processing
        /// (or the purpose's notice date is not past yet): without a notice there was no chance to object.
        /// </summary>
        NotNotified,
    }
}
