using System;

namespace ConsentGuard
{
    /// <summary>An event to append to the ledger: see <see cref="IConsentLedger.Append"/>.</summary>
    public sealed class ConsentChange
    {
        private ConsentChange(ConsentEventKind kind, string subjectId, string purpose, string source, string? policyVersion)
        {
            Kind = kind;
            SubjectId = subjectId;
            Purpose = purpose;
            Source = source;
            PolicyVersion = policyVersion;
        }

        /// <summary>Grant or revoke.</summary>
        public ConsentEventKind Kind { get; }

        /// <summary>Whose consent.</summary>
        public string SubjectId { get; }

        /// <summary>For which purpose.</summary>
        public string Purpose { get; }

        /// <summary>Where the change comes from.</summary>
        public string Source { get; }

        /// <summary>The policy or consent text version the person saw.</summary>
        public string? PolicyVersion { get; }

        /// <summary>
        /// The person consents to <paramref name="purpose"/>. The policy version is required: consent
        /// to a text no one can name cannot be shown to be informed.
        /// </summary>
        /// <exception cref="ArgumentException">An argument is empty, or the purpose is not an identifier.</exception>
        public static ConsentChange Grant(string subjectId, string purpose, string source, string policyVersion)
        {
            if (string.IsNullOrWhiteSpace(policyVersion))
                throw new ArgumentException("A grant must name the policy version the person agreed to.", nameof(policyVersion));
            return Create(ConsentEventKind.Grant, subjectId, purpose, source, policyVersion);
        }

        /// <summary>The person withdraws (or refuses) consent to <paramref name="purpose"/>.</summary>
        /// <exception cref="ArgumentException">An argument is empty, or the purpose is not an identifier.</exception>
        public static ConsentChange Revoke(string subjectId, string purpose, string source, string? policyVersion = null) =>
            Create(ConsentEventKind.Revoke, subjectId, purpose, source, policyVersion);

        private static ConsentChange Create(ConsentEventKind kind, string subjectId, string purpose, string source, string? policyVersion)
        {
            if (string.IsNullOrEmpty(subjectId))
                throw new ArgumentException("A subject id is required.", nameof(subjectId));
            if (!IsPurposeName(purpose))
                throw new ArgumentException($"'{purpose}' is not a purpose name: purposes are C# identifiers such as '{Purposes.GenerativeTraining}'.", nameof(purpose));
            if (string.IsNullOrWhiteSpace(source))
                throw new ArgumentException("A source is required: a consent event must say where it came from.", nameof(source));
            return new ConsentChange(kind, subjectId, purpose, source, string.IsNullOrWhiteSpace(policyVersion) ? null : policyVersion);
        }

        /// <summary>
        /// Purposes are C# identifiers (the spec's rule), so a typo such as "Generative Training"
        /// is refused when written instead of recording consent no check will ever ask about.
        /// </summary>
        private static bool IsPurposeName(string? purpose)
        {
            if (string.IsNullOrEmpty(purpose))
                return false;
            if (!(char.IsLetter(purpose![0]) || purpose[0] == '_'))
                return false;
            for (var i = 1; i < purpose.Length; i++)
                if (!(char.IsLetterOrDigit(purpose[i]) || purpose[i] == '_'))
                    return false;
            return true;
        }
    }
}
