using System;
using System.Collections.Generic;
using System.Data;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.PostgreSql.Internal;
using Npgsql;
using NpgsqlTypes;

namespace ConsentGuard.PostgreSql
{
    /// <summary>
    /// An append-only consent ledger in a PostgreSQL database, and an <see cref="IConsentProvider"/> over it, for services
    /// that run several instances against one shared database.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Same semantics as the SQLite ledger (see <see cref="IConsentLedger"/>): table <c>consent_events</c> is the source of
    /// truth, append-only (triggers refuse updates, deletes and truncation); <c>consent_state</c> is maintained from it by a
    /// statement-level trigger in the same transaction. Times are <c>timestamptz</c>, truncated to microseconds.
    /// </para>
    /// <para>
    /// <b>Every instance sees a revocation at once.</b> Nothing is cached: each check reads the committed state, so once
    /// <see cref="Revoke"/> returns, no instance on the same database (primary) answers "granted" for that pair.
    /// </para>
    /// <para>
    /// <b>Writers on several instances.</b> A write locks the pairs it touches (transaction-level advisory locks; a large
    /// <see cref="Append"/> or <see cref="Import"/> locks the table against other writers instead, readers go on), then
    /// stamps each event with the clock's instant or its pair's latest instant, whichever is later: a pair's events are
    /// ordered the same way in time and in the ledger whichever instance appended them.
    /// </para>
    /// <para>
    /// <b>Fail closed</b>, as the interface says; a statement that runs past
    /// <see cref="PostgreSqlConsentStoreOptions.CommandTimeout"/> is cancelled and is a failure like any other.
    /// </para>
    /// </remarks>
    public sealed partial class PostgreSqlConsentLedger : IConsentLedger, IObjectionLedger
    {
        /// <summary>Above this many distinct pairs a write locks the table rather than each pair (bounded lock-table use).</summary>
        internal const int MaxPairLocks = 256;

        /// <summary>Changes per insert statement in <see cref="Append"/>: bounds the size of one statement's arrays.</summary>
        private const int AppendChunkSize = 10_000;

        private readonly PostgreSqlStore _store;
        private readonly string _s;
        private long _batchStatements;
        private long _batchRoundTrips;

        /// <summary>
        /// Creates a ledger without touching the server: the schema is created or migrated by the first operation, and a
        /// server that is not reachable yet makes reads answer "not granted" until it is. Use <see cref="Open"/> to find
        /// out at start-up.
        /// </summary>
        public PostgreSqlConsentLedger(PostgreSqlConsentStoreOptions options)
            : this(options, SchemaMigrations.LatestVersion)
        {
        }

        /// <summary>For tests of migrations: a ledger whose schema stops at <paramref name="schemaVersion"/>.</summary>
        internal PostgreSqlConsentLedger(PostgreSqlConsentStoreOptions options, int schemaVersion)
        {
            _store = new PostgreSqlStore(options, schemaVersion);
            _s = _store.Schema;
        }

        /// <summary>
        /// Creates a ledger and creates or migrates its schema now, throwing when the server cannot be reached or the
        /// schema cannot be brought up to date: the place to fail is start-up, not the first export.
        /// </summary>
        public static PostgreSqlConsentLedger Open(PostgreSqlConsentStoreOptions options)
        {
            var ledger = new PostgreSqlConsentLedger(options);
            try
            {
                ledger._store.EnsureSchema();
                return ledger;
            }
            catch
            {
                ledger.Dispose();
                throw;
            }
        }

        /// <summary>Statements batched look-ups have run (one per chunk): for tests.</summary>
        internal long BatchStatementCount => Interlocked.Read(ref _batchStatements);

        /// <summary>Round trips batched look-ups have made (one per call, however many chunks): for tests.</summary>
        internal long BatchRoundTripCount => Interlocked.Read(ref _batchRoundTrips);

        // ---- Writes: throw on failure ----------------------------------------------------------

        /// <inheritdoc />
        /// <exception cref="NpgsqlException">The event could not be recorded.</exception>
        /// <exception cref="ObjectDisposedException">The ledger was disposed.</exception>
        public ConsentEvent Grant(string subjectId, string purpose, string source, string policyVersion) =>
            Append(new[] { ConsentChange.Grant(subjectId, purpose, source, policyVersion) })[0];

        /// <inheritdoc />
        /// <exception cref="NpgsqlException">The event could not be recorded.</exception>
        /// <exception cref="ObjectDisposedException">The ledger was disposed.</exception>
        public ConsentEvent Revoke(string subjectId, string purpose, string source, string? policyVersion = null) =>
            Append(new[] { ConsentChange.Revoke(subjectId, purpose, source, policyVersion) })[0];

        /// <inheritdoc />
        /// <remarks>
        /// One transaction; one set-based insert per 10,000 changes (the ids travel as arrays); every change gets the
        /// clock's current instant, clamped per pair. For millions of changes, <see cref="Import"/> streams them instead of
        /// returning each event.
        /// </remarks>
        /// <exception cref="NpgsqlException">The events could not be recorded; none was.</exception>
        /// <exception cref="ObjectDisposedException">The ledger was disposed.</exception>
        public IReadOnlyList<ConsentEvent> Append(IEnumerable<ConsentChange> changes)
        {
            var list = RequireChanges(changes);
            var recorded = new List<ConsentEvent>(list.Count);
            if (list.Count == 0)
                return recorded;

            using var connection = _store.Open();
            using var transaction = connection.BeginTransaction();
            LockPairs(connection, transaction, list);
            // Read once the locks are held: a pair's latest event, committed by anyone, is visible to the clamp below.
            var now = Instants.ToDatabase(_store.Clock.UtcNow);
            for (var start = 0; start < list.Count; start += AppendChunkSize)
            {
                var chunk = list.GetRange(start, Math.Min(AppendChunkSize, list.Count - start));
                using var insert = new NpgsqlCommand(InsertFromArraysSql, connection, transaction);
                insert.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(c => c.SubjectId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                insert.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(c => c.Purpose).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                insert.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(c => KindToText(c.Kind)).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                insert.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(c => c.Source).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                insert.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(c => c.PolicyVersion).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                insert.Parameters.Add(new NpgsqlParameter { Value = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
                // Identities are drawn in insertion order (the select is ordered by position), so sorting the returned rows
                // by event id puts them back in the order of the changes.
                var rows = new List<(long Id, DateTimeOffset At)>(chunk.Count);
                using (var reader = insert.ExecuteReader())
                {
                    while (reader.Read())
                        rows.Add((reader.GetInt64(0), reader.GetFieldValue<DateTimeOffset>(1)));
                }
                if (rows.Count != chunk.Count)
                    throw new InvalidOperationException($"The consent events were not recorded: the insert returned {rows.Count} rows for {chunk.Count} changes.");
                rows.Sort((a, b) => a.Id.CompareTo(b.Id));
                for (var i = 0; i < chunk.Count; i++)
                {
                    var change = chunk[i];
                    recorded.Add(new ConsentEvent(rows[i].Id, change.Kind, change.SubjectId, change.Purpose, rows[i].At, change.Source, change.PolicyVersion));
                }
            }
            transaction.Commit();
            return recorded;
        }

        /// <summary>
        /// Appends <paramref name="changes"/> as <see cref="Append"/> does (one transaction, in order, all or nothing, the
        /// clock's instant clamped per pair), streaming them to the server with a binary <c>COPY</c> instead of returning
        /// each event: for imports and seeding millions of events in bounded memory. Locks the ledger against other
        /// writers for its duration; readers go on and see the import only once it commits.
        /// </summary>
        /// <returns>How many events were recorded.</returns>
        /// <exception cref="ArgumentException">A change is null.</exception>
        /// <exception cref="NpgsqlException">The events could not be recorded; none was.</exception>
        public long Import(IEnumerable<ConsentChange> changes)
        {
            if (changes is null)
                throw new ArgumentNullException(nameof(changes));
            using var connection = _store.Open();
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, PostgreSqlStore.DurableCommitSql + $"LOCK TABLE {_s}.consent_events IN SHARE ROW EXCLUSIVE MODE; " +
                                             "CREATE TEMP TABLE consentguard_import (n bigint, subject_id text, purpose text, kind text, source text, policy_version text) ON COMMIT DROP;");
            var now = Instants.ToDatabase(_store.Clock.UtcNow);
            long count = 0;
            using (var copy = connection.BeginBinaryImport("COPY consentguard_import (n, subject_id, purpose, kind, source, policy_version) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var change in changes)
                {
                    RequireStorable(change, nameof(changes));
                    copy.StartRow();
                    copy.Write(count++, NpgsqlDbType.Bigint);
                    copy.Write(change.SubjectId, NpgsqlDbType.Text);
                    copy.Write(change.Purpose, NpgsqlDbType.Text);
                    copy.Write(KindToText(change.Kind), NpgsqlDbType.Text);
                    copy.Write(change.Source, NpgsqlDbType.Text);
                    if (change.PolicyVersion is null)
                        copy.WriteNull();
                    else
                        copy.Write(change.PolicyVersion, NpgsqlDbType.Text);
                }
                copy.Complete();
            }
            using (var insert = new NpgsqlCommand(
                       $"INSERT INTO {_s}.consent_events (subject_id, purpose, kind, at, source, policy_version) " +
                       $"SELECT c.subject_id, c.purpose, c.kind, {ClampedAt("$1")}, c.source, c.policy_version FROM consentguard_import c ORDER BY c.n;",
                       connection, transaction))
            {
                insert.CommandTimeout = 0; // an import of millions of rows runs as long as it takes; it holds no reader up
                insert.Parameters.Add(new NpgsqlParameter { Value = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
                var inserted = insert.ExecuteNonQuery();
                if (inserted != count)
                    throw new InvalidOperationException($"The consent events were not recorded: {inserted} rows inserted for {count} changes.");
            }
            transaction.Commit();
            return count;
        }

        /// <inheritdoc />
        public void RebuildCurrentState()
        {
            using (var connection = _store.Open())
            using (var transaction = connection.BeginTransaction())
            {
                // No event may be appended between the delete and the re-derivation.
                Execute(connection, transaction,
                    $"LOCK TABLE {_s}.consent_events IN SHARE ROW EXCLUSIVE MODE; DELETE FROM {_s}.consent_state; " +
                    $"INSERT INTO {_s}.consent_state (purpose, subject_id, kind, event_id, at) SELECT purpose, subject_id, kind, event_id, at FROM ({LatestPerPairSql}) latest;",
                    untimed: true);
                transaction.Commit();
            }
            _store.Log.SafeLog(ConsentLogLevel.Information, $"Consent store '{_store.DisplayName}': current state rebuilt from the ledger.");
        }

        // ---- Consent checks: fail closed -------------------------------------------------------

        /// <inheritdoc />
        public bool IsGranted(string subjectId, string purpose)
        {
            if (string.IsNullOrEmpty(subjectId) || string.IsNullOrEmpty(purpose) || HasNul(subjectId))
                return false;
            return FailClosed(nameof(IsGranted), purpose, false, connection =>
            {
                using var command = IsGrantedCommand(connection, subjectId, purpose);
                return command.ExecuteScalar() is bool granted && granted;
            });
        }

        /// <inheritdoc />
        /// <remarks>
        /// Truly asynchronous. The caller's <paramref name="cancellationToken"/> cancels the wait for a connection and the
        /// statement on the server, and throws <see cref="OperationCanceledException"/> (the caller asked to stop; it is
        /// not an answer). Any other failure, including the store's own command timeout, answers "not granted", logged.
        /// </remarks>
        public async ValueTask<bool> IsGrantedAsync(string subjectId, string purpose, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrEmpty(subjectId) || string.IsNullOrEmpty(purpose) || HasNul(subjectId))
                return false;
            try
            {
                await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var command = IsGrantedCommand(connection, subjectId, purpose);
                return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is bool granted && granted;
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
            catch (Exception ex)
            {
                LogFailure(nameof(IsGrantedAsync), purpose, ex);
                return false;
            }
        }

        /// <inheritdoc />
        public bool IsGrantedAt(string subjectId, string purpose, DateTimeOffset instant)
        {
            if (string.IsNullOrEmpty(subjectId) || string.IsNullOrEmpty(purpose) || HasNul(subjectId))
                return false;
            return FailClosed(nameof(IsGrantedAt), purpose, false, connection =>
            {
                using var command = new NpgsqlCommand(
                    $"SELECT kind FROM {_s}.consent_events WHERE subject_id = $1 AND purpose = $2 AND at <= $3 ORDER BY at DESC, event_id DESC LIMIT 1;",
                    connection);
                command.Parameters.Add(new NpgsqlParameter { Value = subjectId, NpgsqlDbType = NpgsqlDbType.Text });
                command.Parameters.Add(new NpgsqlParameter { Value = purpose, NpgsqlDbType = NpgsqlDbType.Text });
                command.Parameters.Add(new NpgsqlParameter { Value = Instants.ToDatabase(instant), NpgsqlDbType = NpgsqlDbType.TimestampTz });
                return command.ExecuteScalar() is string kind && kind == "grant";
            });
        }

        /// <inheritdoc />
        /// <remarks>
        /// One statement per chunk of <see cref="PostgreSqlConsentStoreOptions.BatchChunkSize"/> distinct ids, the ids as one
        /// array parameter (<c>subject_id = ANY($2)</c>, an index look-up per id). A list that fits one chunk (the generated
        /// extensions ask 1,024 at a time) is one statement and one round trip; a longer one sends all its chunks in one
        /// round trip inside one repeatable-read transaction, so the answer is one consistent snapshot. On any failure the
        /// whole answer is the empty set: no chunk is trusted from a failed look-up.
        /// </remarks>
        public ISet<string> GetGrantedSubjects(IReadOnlyCollection<string> subjectIds, string purpose)
        {
            var ids = SubjectIdList.Distinct(subjectIds, HasNul);
            if (ids.Count == 0 || string.IsNullOrEmpty(purpose))
                return new HashSet<string>(StringComparer.Ordinal);
            return FailClosed(nameof(GetGrantedSubjects), purpose, new HashSet<string>(StringComparer.Ordinal),
                connection => QueryGranted(connection, ids, purpose));
        }

        // ---- Evidence: throws on failure -------------------------------------------------------

        /// <inheritdoc />
        public IReadOnlyList<ConsentEvent> GetHistory(string subjectId, string? purpose = null)
        {
            if (string.IsNullOrEmpty(subjectId))
                throw new ArgumentException("A subject id is required.", nameof(subjectId));
            using var connection = _store.Open();
            using var command = new NpgsqlCommand(
                $"SELECT event_id, kind, subject_id, purpose, at, source, policy_version FROM {_s}.consent_events " +
                "WHERE subject_id = $1 AND ($2::text IS NULL OR purpose = $2) ORDER BY event_id;", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = subjectId, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)purpose ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            using var reader = command.ExecuteReader();
            var events = new List<ConsentEvent>();
            while (reader.Read())
                events.Add(ReadEvent(reader));
            return events;
        }

        /// <inheritdoc />
        public long CountEvents()
        {
            using var connection = _store.Open();
            using var command = new NpgsqlCommand($"SELECT count(*) FROM {_s}.consent_events;", connection);
            return (long)command.ExecuteScalar()!;
        }

        /// <inheritdoc />
        public LedgerVerification VerifyCurrentState()
        {
            using var connection = _store.Open();
            using var transaction = connection.BeginTransaction(IsolationLevel.RepeatableRead);
            long events, pairs;
            using (var count = new NpgsqlCommand(
                       $"SELECT count(*), (SELECT count(*) FROM (SELECT DISTINCT subject_id, purpose FROM {_s}.consent_events) p) FROM {_s}.consent_events;",
                       connection, transaction))
            using (var reader = count.ExecuteReader())
            {
                reader.Read();
                events = reader.GetInt64(0);
                pairs = reader.GetInt64(1);
            }

            var mismatches = new List<StateMismatch>();
            using (var compare = new NpgsqlCommand($@"
SELECT coalesce(d.subject_id, s.subject_id), coalesce(d.purpose, s.purpose), d.kind = 'grant', s.kind = 'grant', d.event_id, s.event_id
FROM ({LatestPerPairSql}) d
FULL OUTER JOIN {_s}.consent_state s ON s.purpose = d.purpose AND s.subject_id = d.subject_id
WHERE d.subject_id IS NULL OR s.subject_id IS NULL OR s.kind <> d.kind OR s.event_id <> d.event_id;", connection, transaction))
            {
                compare.CommandTimeout = 0; // a full comparison of a large ledger is a maintenance job, not a consent check
                using var reader = compare.ExecuteReader();
                while (reader.Read())
                {
                    mismatches.Add(new StateMismatch(
                        reader.GetString(0), reader.GetString(1),
                        reader.IsDBNull(2) ? null : reader.GetBoolean(2),
                        reader.IsDBNull(3) ? null : reader.GetBoolean(3),
                        reader.IsDBNull(4) ? null : reader.GetInt64(4),
                        reader.IsDBNull(5) ? null : reader.GetInt64(5)));
                }
            }
            transaction.Commit();
            return new LedgerVerification(events, pairs, mismatches);
        }

        /// <summary>Closes the pooled connections. Afterwards consent checks answer "not granted" (logged) and writes throw.</summary>
        public void Dispose() => _store.Dispose();

        // ---- Pieces ----------------------------------------------------------------------------

        /// <summary>Per pair, the latest event by (time, event id): what the state must say.</summary>
        private string LatestPerPairSql =>
            $"SELECT DISTINCT ON (subject_id, purpose) subject_id, purpose, kind, event_id, at FROM {_s}.consent_events ORDER BY subject_id, purpose, at DESC, event_id DESC";

        /// <summary>The instant an appended change <c>c</c> is stamped with: the clock's (<paramref name="now"/>), or its pair's latest if later.</summary>
        private string ClampedAt(string now) =>
            $"greatest({now}, (SELECT max(e.at) FROM {_s}.consent_events e WHERE e.subject_id = c.subject_id AND e.purpose = c.purpose))";

        private string InsertFromArraysSql =>
            $"INSERT INTO {_s}.consent_events (subject_id, purpose, kind, at, source, policy_version) " +
            $"SELECT c.subject_id, c.purpose, c.kind, {ClampedAt("$6")}, c.source, c.policy_version " +
            "FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS c(subject_id, purpose, kind, source, policy_version, n) " +
            "ORDER BY c.n RETURNING event_id, at;";

        /// <summary>
        /// Serializes writers of the same pairs across every instance: a transaction-level advisory lock per pair (sorted,
        /// so two writers never wait for each other in a cycle), or the table's write lock when there are many pairs.
        /// Readers are never blocked.
        /// </summary>
        private void LockPairs(NpgsqlConnection connection, NpgsqlTransaction transaction, List<ConsentChange> changes)
        {
            var pairs = new SortedSet<string>(changes.Select(c => c.Purpose + "\u001f" + c.SubjectId), StringComparer.Ordinal);
            if (pairs.Count > MaxPairLocks)
            {
                Execute(connection, transaction, PostgreSqlStore.DurableCommitSql + $"LOCK TABLE {_s}.consent_events IN SHARE ROW EXCLUSIVE MODE;");
                return;
            }
            using var command = new NpgsqlCommand(PostgreSqlStore.DurableCommitSql +
                "SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended(@prefix || p, 0) AS k FROM unnest(@pairs::text[]) p) keys ORDER BY k;",
                connection, transaction);
            command.Parameters.Add(new NpgsqlParameter("prefix", NpgsqlDbType.Text) { Value = "consentguard.pair." + _s + "\u001f" });
            command.Parameters.Add(new NpgsqlParameter("pairs", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = pairs.ToArray() });
            command.ExecuteNonQuery();
        }

        private NpgsqlCommand IsGrantedCommand(NpgsqlConnection connection, string subjectId, string purpose)
        {
            var command = new NpgsqlCommand($"SELECT kind = 'grant' FROM {_s}.consent_state WHERE purpose = $1 AND subject_id = $2;", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = purpose, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter { Value = subjectId, NpgsqlDbType = NpgsqlDbType.Text });
            return command;
        }

        private HashSet<string> QueryGranted(NpgsqlConnection connection, List<string> ids, string purpose)
        {
            var granted = new HashSet<string>(StringComparer.Ordinal);
            var chunkSize = _store.Options.BatchChunkSize;
            var sql = $"SELECT subject_id FROM {_s}.consent_state WHERE purpose = $1 AND subject_id = ANY($2) AND kind = 'grant';";
            using var transaction = ids.Count > chunkSize ? connection.BeginTransaction(IsolationLevel.RepeatableRead) : null;
            using var batch = new NpgsqlBatch(connection, transaction);
            for (var start = 0; start < ids.Count; start += chunkSize)
            {
                var command = new NpgsqlBatchCommand(sql);
                command.Parameters.Add(new NpgsqlParameter { Value = purpose, NpgsqlDbType = NpgsqlDbType.Text });
                command.Parameters.Add(new NpgsqlParameter { Value = ids.GetRange(start, Math.Min(chunkSize, ids.Count - start)).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                batch.BatchCommands.Add(command);
            }
            Interlocked.Add(ref _batchStatements, batch.BatchCommands.Count);
            Interlocked.Increment(ref _batchRoundTrips);
            using (var reader = batch.ExecuteReader())
            {
                do
                {
                    while (reader.Read())
                        granted.Add(reader.GetString(0));
                }
                while (reader.NextResult());
            }
            transaction?.Commit();
            return granted;
        }

        /// <summary>
        /// Runs a consent check's query; any failure, including a disposed ledger, is logged and answered with
        /// <paramref name="closed"/>. The log names the purpose, never the subject.
        /// </summary>
        private T FailClosed<T>(string operation, string purpose, T closed, Func<NpgsqlConnection, T> query)
        {
            try
            {
                using var connection = _store.Open();
                return query(connection);
            }
            catch (Exception ex)
            {
                LogFailure(operation, purpose, ex);
                return closed;
            }
        }

        private void LogFailure(string operation, string purpose, Exception ex) =>
            _store.Log.SafeLog(ConsentLogLevel.Error,
                $"Consent store '{_store.DisplayName}': {operation} for '{purpose}' failed; answered \"not granted\".", ex);

        private void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, bool untimed = false)
        {
            using var command = new NpgsqlCommand(sql, connection, transaction);
            if (untimed)
                command.CommandTimeout = 0;
            command.ExecuteNonQuery();
        }

        private static List<ConsentChange> RequireChanges(IEnumerable<ConsentChange> changes)
        {
            if (changes is null)
                throw new ArgumentNullException(nameof(changes));
            var list = changes.ToList();
            foreach (var change in list)
                RequireStorable(change, nameof(changes));
            return list;
        }

        /// <summary>PostgreSQL's text cannot hold U+0000: such a change is refused before anything is written, with a clear reason.</summary>
        private static void RequireStorable(ConsentChange? change, string parameter)
        {
            if (change is null)
                throw new ArgumentException("A change is null.", parameter);
            if (HasNul(change.SubjectId) || HasNul(change.Source) || HasNul(change.PolicyVersion))
                throw new ArgumentException("PostgreSQL text cannot hold the character U+0000: a subject id, source or policy version containing it cannot be recorded.", parameter);
        }

        /// <summary>An id PostgreSQL cannot store is in no event, so it is not granted (and is not sent, where it would fail the whole query).</summary>
        private static bool HasNul(string? value) => value is not null && value.IndexOf('\0') >= 0;

        /// <summary>One event as evidence; a kind this code does not know is refused rather than read as something it is not.</summary>
        private ConsentEvent ReadEvent(NpgsqlDataReader reader)
        {
            var eventId = reader.GetInt64(0);
            var kind = reader.GetString(1);
            if (kind != "grant" && kind != "revoke")
                throw new InvalidDataException($"Consent store '{_store.DisplayName}': event {eventId} has kind '{kind}', which this ConsentGuard.PostgreSql does not know.");
            return new ConsentEvent(eventId, kind == "grant" ? ConsentEventKind.Grant : ConsentEventKind.Revoke,
                reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6));
        }

        private static string KindToText(ConsentEventKind kind) => kind == ConsentEventKind.Grant ? "grant" : "revoke";
    }
}
