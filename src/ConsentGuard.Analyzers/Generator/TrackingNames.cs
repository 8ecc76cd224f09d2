namespace ConsentGuard.Analyzers.Generator
{
    /// <summary>Names of the generator's incremental steps, for tests that check every step is cached after an edit.</summary>
    internal static class TrackingNames
    {
        /// <summary>Types found through a [DataSubject] on a field, a property or a positional record parameter.</summary>
        public const string SubjectAttributes = "ConsentGuard.SubjectAttributes";

        /// <summary>Records found through <c>[property: DataSubject]</c> on a positional parameter (not seen by ForAttributeWithMetadataName).</summary>
        public const string PropertyTargetedSubjects = "ConsentGuard.PropertyTargetedSubjects";

        /// <summary>The eligible types' specs from either source, ready to emit.</summary>
        public const string Specs = "ConsentGuard.Specs";
    }
}
