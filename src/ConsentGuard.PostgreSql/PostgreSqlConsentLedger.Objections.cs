using System;
using System.Collections.Generic;
using System.Data;
using System.IO;
using System.Linq;
using ConsentGuard.PostgreSql.Internal;
using Npgsql;
using NpgsqlTypes;

namespace ConsentGuard.PostgreSql
{
    /// <summary>
    /// The objection ledger (table <c>objection_events</c>, schema step 3): for purposes that rest on legitimate interest,
    /// when each person was notified and when they objected. Append-only like the consent ledger (triggers). Same semantics
    /// as the SQLite ledger's (see <see cref="IObjectionLedger"/>). Writes throw on failure; so does
    /// <see cref="GetObjectionRecords"/>, as <see cref="IObjectionRegister"/> requires: <see cref="PolicyConsentProvider"/>
    /// turns a failure into "not granted" for everyone it asked about.
    /// </summary>
    public sealed partial class PostgreSqlConsentLedger
    {
        /// <summary>The time a row that is not an instant counts from: the start of time, so it stops all processing.</summary>
        private const string StartOfTime = "'0001-01-01 00:00:00+00'::timestamptz";

        /// <summary>
        /// A time .NET can hold (0001-01-01 up to the end of 9999, UTC): the CHECK allows any finite time, and an infinite one
        /// fails both comparisons, as does NULL.
        /// </summary>
        private const string IsInstant = "(at >= " + StartOfTime + " AND at < '10000-01-01 00:00:00+00'::timestamptz)";

        /// <summary>
        /// Per subject of the chunk: the first notice and the latest objection at or before the instant. The table's CHECKs keep
        /// other rows out; one written around them (constraints dropped, a restore from elsewhere) errs towards not processing:
        /// a row whose kind is not exactly 'notice' counts as an objection, one whose time is not an instant as an objection
        /// from the start of time, and such a row is never a notice.
        /// </summary>
        private string ObjectionRecordsSql =>
            "SELECT subject_id, " +
            $"min(at) FILTER (WHERE kind = 'notice' AND {IsInstant}), " +
            $"max(CASE WHEN {IsInstant} THEN at ELSE {StartOfTime} END) FILTER (WHERE kind IS DISTINCT FROM 'notice') " +
            $"FROM {_s}.objection_events WHERE purpose = $1 AND subject_id = ANY($2) AND (at <= $3 OR NOT coalesce({IsInstant}, false)) " +
            "GROUP BY subject_id;";

        /// <inheritdoc />
        /// <exception cref="NpgsqlException">The event could not be recorded.</exception>
        public ObjectionEvent RecordNotice(string subjectId, string purpose, string source) =>
            AppendObjectionEvents(new[] { subjectId }, purpose, ObjectionEventKind.Notice, source)[0];

        /// <inheritdoc />
        /// <exception cref="NpgsqlException">The events could not be recorded; none was.</exception>
        public IReadOnlyList<ObjectionEvent> RecordNotices(IEnumerable<string> subjectIds, string purpose, string source) =>
            AppendObjectionEvents(subjectIds, purpose, ObjectionEventKind.Notice, source);

        /// <inheritdoc />
        /// <exception cref="NpgsqlException">The objection could not be recorded.</exception>
        public ObjectionEvent Object(string subjectId, string purpose, string source) =>
            AppendObjectionEvents(new[] { subjectId }, purpose, ObjectionEventKind.Objection, source)[0];

        /// <inheritdoc />
        /// <exception cref="NpgsqlException">The events could not be recorded; none was.</exception>
        public IReadOnlyList<ObjectionEvent> RecordObjections(IEnumerable<string> subjectIds, string purpose, string source) =>
            AppendObjectionEvents(subjectIds, purpose, ObjectionEventKind.Objection, source);

        /// <inheritdoc />
        /// <remarks>
        /// One statement per chunk of <see cref="PostgreSqlConsentStoreOptions.BatchChunkSize"/> distinct ids (the ids travel
        /// as an array), all in one repeatable-read transaction: every chunk sees the same snapshot.
        /// </remarks>
        public IReadOnlyDictionary<string, ObjectionRecord> GetObjectionRecords(IReadOnlyCollection<string> subjectIds, string purpose, DateTimeOffset asOf)
        {
            var records = new Dictionary<string, ObjectionRecord>(StringComparer.Ordinal);
            var ids = SubjectIdList.Distinct(subjectIds, HasNul);
            if (ids.Count == 0 || string.IsNullOrEmpty(purpose))
                return records;
            using var connection = _store.Open();
            using var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
            var chunkSize = _store.Options.BatchChunkSize;
            for (var start = 0; start < ids.Count; start += chunkSize)
            {
                using var command = new NpgsqlCommand(ObjectionRecordsSql, connection, transaction);
                command.Parameters.Add(new NpgsqlParameter { Value = purpose, NpgsqlDbType = NpgsqlDbType.Text });
                command.Parameters.Add(new NpgsqlParameter { Value = ids.GetRange(start, Math.Min(chunkSize, ids.Count - start)).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                command.Parameters.Add(new NpgsqlParameter { Value = Instants.ToDatabase(asOf), NpgsqlDbType = NpgsqlDbType.TimestampTz });
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    records[reader.GetString(0)] = new ObjectionRecord(
                        reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1),
                        reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2));
                }
            }
            transaction.Commit();
            return records;
        }

        /// <inheritdoc />
        /// <exception cref="InvalidDataException">A row is not a well-formed event: evidence is read as recorded or not at all.</exception>
        public IReadOnlyList<ObjectionEvent> GetObjectionHistory(string subjectId, string? purpose = null)
        {
            if (string.IsNullOrEmpty(subjectId))
                throw new ArgumentException("A subject id is required.", nameof(subjectId));
            var events = new List<ObjectionEvent>();
            if (HasNul(subjectId))
                return events; // PostgreSQL text cannot hold it, so no event has it
            using var connection = _store.Open();
            using var command = new NpgsqlCommand(
                $"SELECT event_id, kind, subject_id, purpose, at, source, coalesce({IsInstant}, false) FROM {_s}.objection_events " +
                "WHERE subject_id = $1 AND ($2::text IS NULL OR purpose = $2) ORDER BY event_id;", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = subjectId, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)purpose ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var eventId = reader.GetInt64(0);
                var kind = reader.IsDBNull(1) ? null : reader.GetString(1);
                if ((kind != "notice" && kind != "objection") || !reader.GetBoolean(6) || reader.IsDBNull(2) || reader.IsDBNull(3) || reader.IsDBNull(5))
                    throw new InvalidDataException($"Consent store '{_store.DisplayName}': objection event {eventId} is corrupt; the ledger was written around ConsentGuard or damaged.");
                events.Add(new ObjectionEvent(eventId, kind == "objection" ? ObjectionEventKind.Objection : ObjectionEventKind.Notice,
                    reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5)));
            }
            return events;
        }

        /// <summary>Purposes are C# identifiers, as <see cref="ConsentChange"/> requires of consent events.</summary>
        private static bool IsPurposeName(string? purpose) =>
            !string.IsNullOrEmpty(purpose) && (char.IsLetter(purpose![0]) || purpose[0] == '_') && purpose.Skip(1).All(c => char.IsLetterOrDigit(c) || c == '_');

        /// <summary>All events in one transaction, one insert per chunk; each stamped with the clock's instant (microseconds).</summary>
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
            if (ids.Any(HasNul) || HasNul(source))
                throw new ArgumentException("PostgreSQL text cannot hold the character U+0000: a subject id or source containing it cannot be recorded.", nameof(subjectIds));
            var recorded = new List<ObjectionEvent>(ids.Count);
            if (ids.Count == 0)
                return recorded;
            var kindText = kind == ObjectionEventKind.Objection ? "objection" : "notice";
            using var connection = _store.Open();
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, PostgreSqlStore.DurableCommitSql);
            var now = Instants.ToDatabase(_store.Clock.UtcNow);
            for (var start = 0; start < ids.Count; start += AppendChunkSize)
            {
                var chunk = ids.GetRange(start, Math.Min(AppendChunkSize, ids.Count - start));
                using var insert = new NpgsqlCommand(
                    $"INSERT INTO {_s}.objection_events (subject_id, purpose, kind, at, source) " +
                    "SELECT u.id, $2, $3, $4, $5 FROM unnest($1::text[]) WITH ORDINALITY AS u(id, n) ORDER BY u.n RETURNING event_id, at;",
                    connection, transaction);
                insert.Parameters.Add(new NpgsqlParameter { Value = chunk.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                insert.Parameters.Add(new NpgsqlParameter { Value = purpose, NpgsqlDbType = NpgsqlDbType.Text });
                insert.Parameters.Add(new NpgsqlParameter { Value = kindText, NpgsqlDbType = NpgsqlDbType.Text });
                insert.Parameters.Add(new NpgsqlParameter { Value = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
                insert.Parameters.Add(new NpgsqlParameter { Value = source, NpgsqlDbType = NpgsqlDbType.Text });
                // Identities are drawn in insertion order (the select is ordered), so sorting by event id restores the ids' order.
                var rows = new List<(long Id, DateTimeOffset At)>(chunk.Count);
                using (var reader = insert.ExecuteReader())
                {
                    while (reader.Read())
                        rows.Add((reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1)));
                }
                if (rows.Count != chunk.Count)
                    throw new InvalidOperationException($"The objection events were not recorded: the insert returned {rows.Count} rows for {chunk.Count} subjects.");
                rows.Sort((a, b) => a.Id.CompareTo(b.Id));
                for (var i = 0; i < chunk.Count; i++)
                    recorded.Add(new ObjectionEvent(rows[i].Id, kind, chunk[i], purpose, rows[i].At, source));
            }
            transaction.Commit();
            return recorded;
        }
    }
}
