using System;
using System.Collections.Generic;

namespace ConsentGuard
{
    /// <summary>
    /// An append-only ledger of notices and objections for purposes that rest on legitimate interest, and the
    /// <see cref="IObjectionRegister"/> over it: what every durable store (ConsentGuard.Sqlite, ConsentGuard.PostgreSql)
    /// promises beside its <see cref="IConsentLedger"/>, so that an application, a sample or a conformance suite is written
    /// once for all of them.
    /// </summary>
    /// <remarks>
    /// An event takes effect at its instant, inclusive. A notice counts from its first instant; an objection is final (no
    /// event withdraws it; a later notice does not undo it). Writes throw on failure, so a lost objection is seen by whoever
    /// recorded it; <see cref="IObjectionRegister.GetObjectionRecords"/> and <see cref="GetObjectionHistory"/> throw too,
    /// because an empty answer there would look like "nobody objected". A row written around the store that is not a
    /// well-formed event errs towards not processing: it counts as an objection from the start of time, never as a notice.
    /// </remarks>
    public interface IObjectionLedger : IObjectionRegister
    {
        /// <summary>Records that <paramref name="subjectId"/> was notified of the processing for <paramref name="purpose"/> and of their right to object, now.</summary>
        /// <exception cref="ArgumentException">An argument is empty, or the purpose is not an identifier.</exception>
        ObjectionEvent RecordNotice(string subjectId, string purpose, string source);

        /// <summary>Records a notice for each of <paramref name="subjectIds"/> (a notice e-mail to every member), in one transaction: all or none.</summary>
        /// <exception cref="ArgumentException">An id is empty, or the purpose is not an identifier.</exception>
        IReadOnlyList<ObjectionEvent> RecordNotices(IEnumerable<string> subjectIds, string purpose, string source);

        /// <summary>
        /// Records that <paramref name="subjectId"/> objected to <paramref name="purpose"/>, now: from this instant on they are
        /// not processed for it. <see cref="ILedgerTrainingRunRegister.GetRunsAffectedByObjection"/> lists the runs that already used their data.
        /// </summary>
        /// <exception cref="ArgumentException">An argument is empty, or the purpose is not an identifier.</exception>
        ObjectionEvent Object(string subjectId, string purpose, string source);

        /// <summary>Records an objection for each of <paramref name="subjectIds"/> (an import), in one transaction: all or none.</summary>
        /// <exception cref="ArgumentException">An id is empty, or the purpose is not an identifier.</exception>
        IReadOnlyList<ObjectionEvent> RecordObjections(IEnumerable<string> subjectIds, string purpose, string source);

        /// <summary>Every notice and objection of <paramref name="subjectId"/> (for one purpose, or all), in ledger order; throws on a corrupt row.</summary>
        IReadOnlyList<ObjectionEvent> GetObjectionHistory(string subjectId, string? purpose = null);
    }
}
