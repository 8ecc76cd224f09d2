namespace ConsentGuard
{
    /// <summary>
    /// The legal basis (GDPR Art. 6(1)) a purpose's processing rests on. See docs/legal-basis.md for
    /// what each means and how to choose.
    /// </summary>
    public enum LegalBasisKind
    {
        /// <summary>
        /// Art. 6(1)(a): the person opted in. The default for every purpose: data may be used only after
        /// a consent check for the purpose found an opt-in in force.
        /// </summary>
        Consent = 0,

        /// <summary>
        /// Art. 6(1)(f): a legitimate interest that a documented assessment found to outweigh the person's
        /// rights, with a notice and a right to object that is enforced: data may be used unless the person
        /// objected, and only once they were notified. Never for special-category data (Art. 9).
        /// </summary>
        LegitimateInterest = 1,
    }
}
