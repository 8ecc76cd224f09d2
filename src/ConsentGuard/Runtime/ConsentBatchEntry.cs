namespace ConsentGuard
{
    /// <summary>An element whose subject was granted in a batched look-up, and the provider that answers for it.</summary>
    /// <typeparam name="TItem">The element type.</typeparam>
    public readonly struct ConsentBatchEntry<TItem>
    {
        /// <summary>Pairs an element with the provider that answers for it.</summary>
        public ConsentBatchEntry(TItem item, IConsentProvider consent)
        {
            Item = item;
            Consent = consent;
        }

        /// <summary>The element.</summary>
        public TItem Item { get; }

        /// <summary>Answers <see cref="IConsentProvider.IsGranted"/> for the element's subject from the chunk's batched look-up.</summary>
        public IConsentProvider Consent { get; }
    }
}
