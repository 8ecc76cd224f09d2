using System;
using System.Collections.Generic;

namespace ConsentGuard
{
    /// <summary>
    /// An append-only consent ledger and the <see cref="IConsentProvider"/> over it: what every durable store
    /// (ConsentGuard.Sqlite, ConsentGuard.PostgreSql) promises, so that an application, a sample or a conformance
    /// suite is written once for all of them.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The events are the source of truth: appended, never changed or removed. The current state (one answer per
    /// subject and purpose, for fast look-ups) is derived from them in the same transaction; <see cref="VerifyCurrentState"/>
    /// compares the two and <see cref="RebuildCurrentState"/> re-derives the state.
    /// </para>
    /// <para>
    /// An event takes effect at its instant, inclusive; of two events of one pair at the same instant the one appended
    /// later wins; a clock that steps back never reorders a pair's events (the event is stamped with the pair's latest
    /// instant instead).
    /// </para>
    /// <para>
    /// Fail closed: the consent checks (<see cref="IConsentProvider"/>'s members and <see cref="IsGrantedAt"/>) answer
    /// "not granted" on any failure, log it and never throw (except <see cref="OperationCanceledException"/> for the
    /// caller's own token). Writes throw, so a lost event is seen by whoever recorded it; evidence reads
    /// (<see cref="GetHistory"/>, <see cref="CountEvents"/>, <see cref="VerifyCurrentState"/>) throw too, because an
    /// empty answer there would look like evidence.
    /// </para>
    /// </remarks>
    public interface IConsentLedger : IConsentProvider, IDisposable
    {
        /// <summary>Appends a grant of <paramref name="purpose"/> by <paramref name="subjectId"/>.</summary>
        /// <exception cref="ArgumentException">An argument is empty, or the purpose is not an identifier.</exception>
        ConsentEvent Grant(string subjectId, string purpose, string source, string policyVersion);

        /// <summary>Appends a revocation (or refusal) of <paramref name="purpose"/> by <paramref name="subjectId"/>; recorded even when nothing was granted.</summary>
        /// <exception cref="ArgumentException">An argument is empty, or the purpose is not an identifier.</exception>
        ConsentEvent Revoke(string subjectId, string purpose, string source, string? policyVersion = null);

        /// <summary>Appends <paramref name="changes"/> in order, in one transaction: all are recorded or none is.</summary>
        IReadOnlyList<ConsentEvent> Append(IEnumerable<ConsentChange> changes);

        /// <summary>Whether consent was in force at <paramref name="instant"/>, answered from the events. Fails closed.</summary>
        bool IsGrantedAt(string subjectId, string purpose, DateTimeOffset instant);

        /// <summary>Every event of <paramref name="subjectId"/> (for one purpose, or all), in ledger order.</summary>
        IReadOnlyList<ConsentEvent> GetHistory(string subjectId, string? purpose = null);

        /// <summary>How many events the ledger holds.</summary>
        long CountEvents();

        /// <summary>Compares the current state with what the events imply, pair by pair, in one snapshot.</summary>
        LedgerVerification VerifyCurrentState();

        /// <summary>Re-derives the current state from the events, in one transaction.</summary>
        void RebuildCurrentState();
    }

    /// <summary>
    /// An <see cref="ITrainingRunRegister"/> kept beside a consent ledger (in the same database), so that the ledger's
    /// revocations can be matched against recorded uses in one query.
    /// </summary>
    public interface ILedgerTrainingRunRegister : ITrainingRunRegister, IDisposable
    {
        /// <summary>
        /// Every revocation in the ledger that took effect at or after <paramref name="since"/>, matched with each run of
        /// the same purpose that had read the subject's data by then: the work list of a "retrain or unlearn" job.
        /// </summary>
        IReadOnlyList<RevocationImpact> GetRevocationImpacts(DateTimeOffset since);

        /// <summary>How many distinct subjects the run recorded.</summary>
        long CountSubjects(string runId);

        /// <summary>
        /// The runs of <paramref name="purpose"/> that recorded <paramref name="subjectId"/> at or before their first objection
        /// in the objection ledger of the same database (<see cref="IObjectionLedger.Object"/>), oldest first; empty when they
        /// have not objected. As for revocations, a use at the very instant of the objection is listed.
        /// </summary>
        IReadOnlyList<TrainingRun> GetRunsAffectedByObjection(string subjectId, string purpose);

        /// <summary>
        /// As <see cref="GetRevocationImpacts"/> for objections: every objection that took effect at or after
        /// <paramref name="since"/>, matched with each run of the same purpose that had read the subject's data by then.
        /// <see cref="RevocationImpact.RevocationEventId"/> is then the objection's event id (objection ledger).
        /// </summary>
        IReadOnlyList<RevocationImpact> GetObjectionImpacts(DateTimeOffset since);
    }
}
