using System.Collections.Generic;

namespace ConsentGuard
{
    /// <summary>One (subject, purpose) pair where the current-state table disagrees with the ledger.</summary>
    public sealed class StateMismatch
    {
        /// <summary>Creates a mismatch record.</summary>
        public StateMismatch(string subjectId, string purpose, bool? ledgerGranted, bool? stateGranted, long? ledgerEventId, long? stateEventId)
        {
            SubjectId = subjectId;
            Purpose = purpose;
            LedgerGranted = ledgerGranted;
            StateGranted = stateGranted;
            LedgerEventId = ledgerEventId;
            StateEventId = stateEventId;
        }

        /// <summary>Whose consent.</summary>
        public string SubjectId { get; }

        /// <summary>For which purpose.</summary>
        public string Purpose { get; }

        /// <summary>What the ledger's latest event says; null when the ledger has no event for the pair.</summary>
        public bool? LedgerGranted { get; }

        /// <summary>What the state table says; null when it has no row for the pair.</summary>
        public bool? StateGranted { get; }

        /// <summary>The ledger's latest event for the pair.</summary>
        public long? LedgerEventId { get; }

        /// <summary>The event the state row claims to reflect.</summary>
        public long? StateEventId { get; }

        /// <inheritdoc />
        public override string ToString() =>
            $"{Purpose}: ledger {(LedgerGranted?.ToString() ?? "none")} (#{LedgerEventId}), state {(StateGranted?.ToString() ?? "none")} (#{StateEventId})";
    }

    /// <summary>The result of <see cref="IConsentLedger.VerifyCurrentState"/>.</summary>
    public sealed class LedgerVerification
    {
        /// <summary>Creates a verification result.</summary>
        public LedgerVerification(long eventCount, long pairCount, IReadOnlyList<StateMismatch> mismatches)
        {
            EventCount = eventCount;
            PairCount = pairCount;
            Mismatches = mismatches;
        }

        /// <summary>Events in the ledger.</summary>
        public long EventCount { get; }

        /// <summary>Distinct (subject, purpose) pairs in the ledger.</summary>
        public long PairCount { get; }

        /// <summary>Every pair where the state table disagrees with the ledger.</summary>
        public IReadOnlyList<StateMismatch> Mismatches { get; }

        /// <summary>True when the state table is exactly what the ledger implies.</summary>
        public bool IsConsistent => Mismatches.Count == 0;
    }
}
