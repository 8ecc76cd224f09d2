using System;

namespace ConsentGuard
{
    /// <summary>A training run that read a subject's data before that subject revoked consent for the run's purpose.</summary>
    public sealed class RevocationImpact
    {
        /// <summary>Creates an impact record.</summary>
        public RevocationImpact(TrainingRun run, string subjectId, DateTimeOffset firstUsedAt, long revocationEventId, DateTimeOffset revokedAt)
        {
            Run = run ?? throw new ArgumentNullException(nameof(run));
            SubjectId = subjectId ?? throw new ArgumentNullException(nameof(subjectId));
            FirstUsedAt = firstUsedAt;
            RevocationEventId = revocationEventId;
            RevokedAt = revokedAt;
        }

        /// <summary>The run whose model holds the subject's data.</summary>
        public TrainingRun Run { get; }

        /// <summary>Who revoked.</summary>
        public string SubjectId { get; }

        /// <summary>When the run first read the subject's data.</summary>
        public DateTimeOffset FirstUsedAt { get; }

        /// <summary>The ledger event of the revocation.</summary>
        public long RevocationEventId { get; }

        /// <summary>When the revocation took effect.</summary>
        public DateTimeOffset RevokedAt { get; }
    }
}
