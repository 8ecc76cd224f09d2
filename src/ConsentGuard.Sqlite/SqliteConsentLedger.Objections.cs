using System;
using System.Collections.Generic;
using System.Linq;
using ConsentGuard.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace ConsentGuard.Sqlite
{
    /// <summary>
    /// The objection ledger (table <c>objection_events</c>, schema step 5): for purposes that rest on legitimate interest,
    /// when each person was notified and when they objected. Append-only like the consent ledger. Writes throw on failure;
    /// so does <see cref="GetObjectionRecords"/>, as <see cref="IObjectionRegister"/> requires: <see cref="PolicyConsentProvider"/>
    /// turns a failure into "not granted" for everyone it asked about.
    /// </summary>
    public sealed partial class SqliteConsentLedger
    {
        private const string InsertObjectionSql =
            "INSERT INTO objection_events (subject_id, purpose, kind, at_ticks, source) VALUES ($subject, $purpose, $kind, $now, $source) RETURNING event_id, at_ticks;";

        /// <summary>
        /// Per subject of the chunk: the first notice and the latest objection at or before the instant. The table's CHECKs keep
        /// other rows out; one written around them (tampering, a bad sector) errs towards not processing: a row whose kind is
        /// not exactly 'notice' counts as an objection, one whose time is not an instant as an objection from the start of
        /// time, and such a row is never a notice.
        /// </summary>
        private const string ObjectionRecordsInChunkSql =
            "SELECT subject_id, " +
            "min(CASE WHEN kind = 'notice' AND at_ticks " + SchemaMigrations.InstantRange + " THEN at_ticks END), " +
            "max(CASE WHEN kind IS NOT 'notice' THEN (CASE WHEN at_ticks " + SchemaMigrations.InstantRange + " THEN at_ticks ELSE 0 END) END) " +
            "FROM objection_events WHERE purpose = $purpose AND (at_ticks <= $at OR NOT (typeof(at_ticks) = 'integer' AND at_ticks " + SchemaMigrations.InstantRange + ")) " +
            "AND subject_id IN (SELECT value FROM json_each($ids)) GROUP BY subject_id;";

        /// <summary>Records that <paramref name="subjectId"/> was notified of the processing for <paramref name="purpose"/> and of their right to object, now.</summary>
        /// <exception cref="ArgumentException">An argument is empty, or the purpose is not an identifier.</exception>
        /// <exception cref="SqliteException">The event could not be recorded.</exception>
        public ObjectionEvent RecordNotice(string subjectId, string purpose, string source) =>
            AppendObjectionEvents(new[] { subjectId }, purpose, ObjectionEventKind.Notice, source)[0];

        /// <summary>
        /// Records a notice for each of <paramref name="subjectIds"/> (a notice e-mail to every member), in one transaction:
        /// all are recorded or none is.
        /// </summary>
        /// <exception cref="ArgumentException">An id is empty, or the purpose is not an identifier.</exception>
        /// <exception cref="SqliteException">The events could not be recorded; none was.</exception>
        public IReadOnlyList<ObjectionEvent> RecordNotices(IEnumerable<string> subjectIds, string purpose, string source) =>
            AppendObjectionEvents(subjectIds, purpose, ObjectionEventKind.Notice, source);

        /// <summary>
        /// Records that <paramref name="subjectId"/> objected to <paramref name="purpose"/>, now: from this instant on they are
        /// not processed for it. The training-run register lists the runs that already used their data
        /// (<see cref="SqliteTrainingRunRegister.GetRunsAffectedByObjection"/>).
        /// </summary>
        /// <exception cref="ArgumentException">An argument is empty, or the purpose is not an identifier.</exception>
        /// <exception cref="SqliteException">The objection could not be recorded.</exception>
        public ObjectionEvent Object(string subjectId, string purpose, string source) =>
            AppendObjectionEvents(new[] { subjectId }, purpose, ObjectionEventKind.Objection, source)[0];

        /// <summary>Records an objection for each of <paramref name="subjectIds"/> (an import), in one transaction: all or none.</summary>
        /// <exception cref="ArgumentException">An id is empty, or the purpose is not an identifier.</exception>
        /// <exception cref="SqliteException">The events could not be recorded; none was.</exception>
        public IReadOnlyList<ObjectionEvent> RecordObjections(IEnumerable<string> subjectIds, string purpose, string source) =>
            AppendObjectionEvents(subjectIds, purpose, ObjectionEventKind.Objection, source);

        /// <inheritdoc />
        /// <remarks>One query per chunk of <see cref="SqliteConsentStoreOptions.BatchChunkSize"/> distinct ids, all in one read transaction.</remarks>
        public IReadOnlyDictionary<string, ObjectionRecord> GetObjectionRecords(IReadOnlyCollection<string> subjectIds, string purpose, DateTimeOffset asOf)
        {
            var records = new Dictionary<string, ObjectionRecord>(StringComparer.Ordinal);
            var ids = SubjectIdList.Distinct(subjectIds);
            if (ids.Count == 0 || string.IsNullOrEmpty(purpose))
                return records;
            using var connection = _store.Open();
            using var transaction = connection.BeginTransaction(deferred: true);
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = ObjectionRecordsInChunkSql;
            command.Parameters.AddWithValue("$purpose", purpose);
            command.Parameters.AddWithValue("$at", asOf.UtcTicks);
            var chunk = command.Parameters.Add("$ids", SqliteType.Text);
            command.Prepare();
            var chunkSize = _store.Options.BatchChunkSize;
            for (var start = 0; start < ids.Count; start += chunkSize)
            {
                chunk.Value = JsonArray.Of(ids, start, Math.Min(chunkSize, ids.Count - start));
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    records[reader.GetString(0)] = new ObjectionRecord(
                        reader.IsDBNull(1) ? null : FromTicks(reader.GetInt64(1)),
                        reader.IsDBNull(2) ? null : FromTicks(reader.GetInt64(2)));
                }
            }
            transaction.Commit();
            return records;
        }

        /// <summary>Every notice and objection of <paramref name="subjectId"/> (for one purpose, or all), in ledger order.</summary>
        public IReadOnlyList<ObjectionEvent> GetObjectionHistory(string subjectId, string? purpose = null)
        {
            if (string.IsNullOrEmpty(subjectId))
                throw new ArgumentException("A subject id is required.", nameof(subjectId));
            using var connection = _store.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT event_id, kind, subject_id, purpose, at_ticks, source FROM objection_events " +
                                  "WHERE subject_id = $subject AND ($purpose IS NULL OR purpose = $purpose) ORDER BY event_id;";
            command.Parameters.AddWithValue("$subject", subjectId);
            command.Parameters.AddWithValue("$purpose", (object?)purpose ?? DBNull.Value);
            using var reader = command.ExecuteReader();
            var events = new List<ObjectionEvent>();
            while (reader.Read())
            {
                // Evidence is read as recorded or not at all (as ReadEvent does for consent events).
                var eventId = reader.GetInt64(0);
                var kind = reader.GetValue(1) as string;
                if ((kind != "notice" && kind != "objection") || reader.GetValue(4) is not long at || at < 0 || at > DateTimeOffset.MaxValue.UtcTicks
                    || reader.GetValue(2) is not string subject || reader.GetValue(3) is not string eventPurpose || reader.GetValue(5) is not string source)
                    throw new System.IO.InvalidDataException($"Consent store '{_store.DisplayName}': objection event {eventId} is corrupt; the ledger was written around ConsentGuard or damaged.");
                events.Add(new ObjectionEvent(eventId, kind == "objection" ? ObjectionEventKind.Objection : ObjectionEventKind.Notice, subject, eventPurpose, FromTicks(at), source));
            }
            return events;
        }

        /// <summary>Purposes are C# identifiers, as <see cref="ConsentChange"/> requires of consent events.</summary>
        private static bool IsPurposeName(string? purpose) =>
            !string.IsNullOrEmpty(purpose) && (char.IsLetter(purpose![0]) || purpose[0] == '_') && purpose.Skip(1).All(c => char.IsLetterOrDigit(c) || c == '_');

        private IReadOnlyList<ObjectionEvent> AppendObjectionEvents(IEnumerable<string> subjectIds, string purpose, ObjectionEventKind kind, string source)
        {
            if (subjectIds is null)
                throw new ArgumentNullException(nameof(subjectIds));
            var ids = subjectIds.ToList();
            if (ids.Any(string.IsNullOrEmpty))
                throw new ArgumentException("A subject id is required.", nameof(subjectIds));
            if (!IsPurposeName(purpose))
                throw new ArgumentException($"'{purpose}' is not a purpose name: purposes are C# identifiers such as '{Purposes.GenerativeTraining}'.", nameof(purpose));
            if (string.IsNullOrWhiteSpace(source))
                throw new ArgumentException("A source is required: a notice or objection must say where it came from.", nameof(source));
            var recorded = new List<ObjectionEvent>(ids.Count);
            if (ids.Count == 0)
                return recorded;
            var kindText = kind == ObjectionEventKind.Objection ? "objection" : "notice";
            lock (_writeGate)
            {
                using var connection = _store.Open();
                using var transaction = connection.BeginTransaction(deferred: false);
                using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = InsertObjectionSql;
                var subject = insert.Parameters.Add("$subject", SqliteType.Text);
                insert.Parameters.AddWithValue("$purpose", purpose);
                insert.Parameters.AddWithValue("$kind", kindText);
                insert.Parameters.AddWithValue("$now", _store.Clock.UtcNow.UtcTicks);
                insert.Parameters.AddWithValue("$source", source);
                insert.Prepare();
                foreach (var id in ids)
                {
                    subject.Value = id;
                    using var reader = insert.ExecuteReader();
                    if (!reader.Read())
                        throw new InvalidOperationException("The event was not recorded: the insert returned no row.");
                    recorded.Add(new ObjectionEvent(reader.GetInt64(0), kind, id, purpose, FromTicks(reader.GetInt64(1)), source));
                }
                transaction.Commit();
            }
            return recorded;
        }
    }
}
