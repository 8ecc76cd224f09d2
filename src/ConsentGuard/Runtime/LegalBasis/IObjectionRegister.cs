using System;
using System.Collections.Generic;

namespace ConsentGuard
{
    /// <summary>
    /// Records, per purpose that rests on legitimate interest, when each person was notified of the processing and when
    /// they objected: what <see cref="PolicyConsentProvider"/> needs to answer "granted unless objected, and only once
    /// notified". A store of consent events usually implements it too (the SQLite ledger does).
    /// </summary>
    public interface IObjectionRegister
    {
        /// <summary>
        /// What the register knows about <paramref name="subjectIds"/> for <paramref name="purpose"/> as of
        /// <paramref name="asOf"/> (events after it do not count). A subject missing from the result has no record: never
        /// notified, never objected.
        /// </summary>
        /// <exception cref="Exception">Any failure throws: an empty answer would look like "nobody objected" to a caller
        /// that does not also check notices. <see cref="PolicyConsentProvider"/> turns it into "not granted".</exception>
        IReadOnlyDictionary<string, ObjectionRecord> GetObjectionRecords(IReadOnlyCollection<string> subjectIds, string purpose, DateTimeOffset asOf);
    }

    /// <summary>One subject's notice and objection for one purpose, as of an instant.</summary>
    public readonly struct ObjectionRecord
    {
        /// <summary>Creates a record.</summary>
        public ObjectionRecord(DateTimeOffset? notifiedAt, DateTimeOffset? objectedAt)
        {
            NotifiedAt = notifiedAt;
            ObjectedAt = objectedAt;
        }

        /// <summary>When the person was first notified of the processing and of their right to object; null if never.</summary>
        public DateTimeOffset? NotifiedAt { get; }

        /// <summary>When the person objected (the latest objection); null if they have not. An objection is final.</summary>
        public DateTimeOffset? ObjectedAt { get; }
    }
}
