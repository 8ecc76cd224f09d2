using System;
using System.Collections.Generic;
using System.Linq;
using ConsentGuard.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace ConsentGuard.Sqlite
{
    /// <summary>
    /// An <see cref="ITrainingRunRegister"/> in a SQLite file; usually the ledger's own file, so that
    /// <see cref="GetRevocationImpacts"/> can match the ledger's revocations against recorded uses in
    /// one query. Records of use are append-only. Every method throws on failure (see the interface).
    /// </summary>
    public sealed class SqliteTrainingRunRegister : ILedgerTrainingRunRegister
    {
        private const string RunColumns = "r.run_id, r.purpose, r.label, r.started_at_ticks, r.completed_at_ticks";
        private readonly SqliteStore _store;
        private readonly object _writeGate = new object();

        /// <summary>Creates a register on <paramref name="options"/>' file; the schema is created or migrated by the first operation.</summary>
        public SqliteTrainingRunRegister(SqliteConsentStoreOptions options) =>
            _store = new SqliteStore(options, SchemaMigrations.LatestVersion);

        /// <inheritdoc />
        public TrainingRun StartRun(string purpose, string? label = null)
        {
            if (string.IsNullOrEmpty(purpose))
                throw new ArgumentException("A purpose is required.", nameof(purpose));
            var run = new TrainingRun(Guid.NewGuid().ToString("N"), purpose, label, _store.Clock.UtcNow, null);
            lock (_writeGate)
            {
                using var connection = _store.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "INSERT INTO training_runs (run_id, purpose, label, started_at_ticks) VALUES ($id, $purpose, $label, $at);";
                command.Parameters.AddWithValue("$id", run.RunId);
                command.Parameters.AddWithValue("$purpose", run.Purpose);
                command.Parameters.AddWithValue("$label", (object?)label ?? DBNull.Value);
                command.Parameters.AddWithValue("$at", run.StartedAt.UtcTicks);
                command.ExecuteNonQuery();
            }
            return run;
        }

        /// <inheritdoc />
        /// <remarks>All ids are recorded in one transaction with one prepared statement, or none is.</remarks>
        public void RecordSubjects(string runId, IEnumerable<string> subjectIds)
        {
            if (subjectIds is null)
                throw new ArgumentNullException(nameof(subjectIds));
            RequireRunId(runId);
            var ids = subjectIds.ToList();
            if (ids.Any(string.IsNullOrEmpty))
                throw new ArgumentException("Subject ids must not be null or empty.", nameof(subjectIds));

            lock (_writeGate)
            {
                using var connection = _store.Open();
                using var transaction = connection.BeginTransaction(deferred: false);
                // Checked inside the write transaction, so a concurrent CompleteRun cannot slip in between.
                var run = FindRun(connection, transaction, runId) ?? throw new InvalidOperationException($"No training run '{runId}'.");
                if (run.CompletedAt != null)
                    throw new InvalidOperationException($"Training run '{runId}' is completed and reads no more data.");

                using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                // OR IGNORE: a subject already recorded keeps its first use.
                insert.CommandText = "INSERT OR IGNORE INTO training_run_subjects (run_id, subject_id, first_used_at_ticks) VALUES ($run, $subject, $at);";
                insert.Parameters.AddWithValue("$run", runId);
                var subject = insert.Parameters.Add("$subject", SqliteType.Text);
                insert.Parameters.AddWithValue("$at", _store.Clock.UtcNow.UtcTicks);
                insert.Prepare();
                foreach (var id in ids)
                {
                    subject.Value = id;
                    insert.ExecuteNonQuery();
                }
                transaction.Commit();
            }
        }

        /// <inheritdoc />
        public TrainingRun CompleteRun(string runId)
        {
            RequireRunId(runId);
            lock (_writeGate)
            {
                using var connection = _store.Open();
                using var transaction = connection.BeginTransaction(deferred: false);
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "UPDATE training_runs SET completed_at_ticks = $at WHERE run_id = $id AND completed_at_ticks IS NULL;";
                command.Parameters.AddWithValue("$at", _store.Clock.UtcNow.UtcTicks);
                command.Parameters.AddWithValue("$id", runId);
                command.ExecuteNonQuery();
                var run = FindRun(connection, transaction, runId) ?? throw new InvalidOperationException($"No training run '{runId}'.");
                transaction.Commit();
                return run;
            }
        }

        /// <inheritdoc />
        public TrainingRun? FindRun(string runId)
        {
            RequireRunId(runId);
            using var connection = _store.Open();
            return FindRun(connection, null, runId);
        }

        /// <inheritdoc />
        public IReadOnlyList<TrainingRun> GetRunsAffectedByRevocation(string subjectId, string purpose, DateTimeOffset revokedAt)
        {
            using var connection = _store.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {RunColumns} FROM training_runs r JOIN training_run_subjects s ON s.run_id = r.run_id " +
                                  "WHERE s.subject_id = $subject AND r.purpose = $purpose AND s.first_used_at_ticks <= $at " +
                                  "ORDER BY r.started_at_ticks, r.run_id;";
            if (string.IsNullOrEmpty(subjectId))
                throw new ArgumentException("A subject id is required.", nameof(subjectId));
            if (string.IsNullOrEmpty(purpose))
                throw new ArgumentException("A purpose is required.", nameof(purpose));
            command.Parameters.AddWithValue("$subject", subjectId);
            command.Parameters.AddWithValue("$purpose", purpose);
            command.Parameters.AddWithValue("$at", revokedAt.UtcTicks);
            return ReadRuns(command);
        }

        /// <inheritdoc />
        /// <remarks>Needs the ledger in the same file.</remarks>
        public IReadOnlyList<RevocationImpact> GetRevocationImpacts(DateTimeOffset since)
        {
            using var connection = _store.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $@"
SELECT {RunColumns}, s.subject_id, s.first_used_at_ticks, e.event_id, e.at_ticks
FROM consent_events e
JOIN training_run_subjects s ON s.subject_id = e.subject_id AND s.first_used_at_ticks <= e.at_ticks
JOIN training_runs r ON r.run_id = s.run_id AND r.purpose = e.purpose
WHERE e.kind = 'revoke' AND e.at_ticks >= $since
ORDER BY e.event_id, r.started_at_ticks, r.run_id;";
            command.Parameters.AddWithValue("$since", since.UtcTicks);
            using var reader = command.ExecuteReader();
            var impacts = new List<RevocationImpact>();
            while (reader.Read())
            {
                impacts.Add(new RevocationImpact(
                    ReadRun(reader), reader.GetString(5),
                    SqliteConsentLedger.FromTicks(reader.GetInt64(6)), reader.GetInt64(7),
                    SqliteConsentLedger.FromTicks(reader.GetInt64(8))));
            }
            return impacts;
        }

        /// <summary>
        /// The runs for <paramref name="purpose"/> that had read <paramref name="subjectId"/>'s data when they objected to it
        /// (their first objection in the ledger of the same file, <see cref="SqliteConsentLedger.Object"/>), oldest first; empty
        /// when they have not objected. As for revocations, a use at the very instant of the objection is listed.
        /// </summary>
        public IReadOnlyList<TrainingRun> GetRunsAffectedByObjection(string subjectId, string purpose)
        {
            if (string.IsNullOrEmpty(subjectId))
                throw new ArgumentException("A subject id is required.", nameof(subjectId));
            if (string.IsNullOrEmpty(purpose))
                throw new ArgumentException("A purpose is required.", nameof(purpose));
            using var connection = _store.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {RunColumns} FROM training_runs r JOIN training_run_subjects s ON s.run_id = r.run_id " +
                                  "WHERE s.subject_id = $subject AND r.purpose = $purpose AND s.first_used_at_ticks <= " +
                                  "(SELECT min(at_ticks) FROM objection_events o WHERE o.subject_id = $subject AND o.purpose = $purpose AND o.kind = 'objection') " +
                                  "ORDER BY r.started_at_ticks, r.run_id;";
            command.Parameters.AddWithValue("$subject", subjectId);
            command.Parameters.AddWithValue("$purpose", purpose);
            return ReadRuns(command);
        }

        /// <summary>
        /// As <see cref="GetRevocationImpacts"/> for objections: every objection that took effect at or after
        /// <paramref name="since"/>, matched with each run of the same purpose that had read the subject's data by then.
        /// <see cref="RevocationImpact.RevocationEventId"/> is then the objection's event id (objection ledger).
        /// </summary>
        public IReadOnlyList<RevocationImpact> GetObjectionImpacts(DateTimeOffset since)
        {
            using var connection = _store.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $@"
SELECT {RunColumns}, s.subject_id, s.first_used_at_ticks, o.event_id, o.at_ticks
FROM objection_events o
JOIN training_run_subjects s ON s.subject_id = o.subject_id AND s.first_used_at_ticks <= o.at_ticks
JOIN training_runs r ON r.run_id = s.run_id AND r.purpose = o.purpose
WHERE o.kind = 'objection' AND o.at_ticks >= $since
ORDER BY o.event_id, r.started_at_ticks, r.run_id;";
            command.Parameters.AddWithValue("$since", since.UtcTicks);
            using var reader = command.ExecuteReader();
            var impacts = new List<RevocationImpact>();
            while (reader.Read())
            {
                impacts.Add(new RevocationImpact(
                    ReadRun(reader), reader.GetString(5),
                    SqliteConsentLedger.FromTicks(reader.GetInt64(6)), reader.GetInt64(7),
                    SqliteConsentLedger.FromTicks(reader.GetInt64(8))));
            }
            return impacts;
        }

        /// <inheritdoc />
        public long CountSubjects(string runId)
        {
            RequireRunId(runId);
            using var connection = _store.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM training_run_subjects WHERE run_id = $id;";
            command.Parameters.AddWithValue("$id", runId);
            return (long)command.ExecuteScalar()!;
        }

        /// <summary>Releases the database file; later calls throw <see cref="ObjectDisposedException"/>.</summary>
        public void Dispose() => _store.Dispose();

        private static void RequireRunId(string runId)
        {
            if (string.IsNullOrEmpty(runId))
                throw new ArgumentException("A run id is required.", nameof(runId));
        }

        private static TrainingRun? FindRun(SqliteConnection connection, SqliteTransaction? transaction, string runId)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"SELECT {RunColumns} FROM training_runs r WHERE r.run_id = $id;";
            command.Parameters.AddWithValue("$id", runId);
            return ReadRuns(command).FirstOrDefault();
        }

        private static List<TrainingRun> ReadRuns(SqliteCommand command)
        {
            using var reader = command.ExecuteReader();
            var runs = new List<TrainingRun>();
            while (reader.Read())
                runs.Add(ReadRun(reader));
            return runs;
        }

        private static TrainingRun ReadRun(SqliteDataReader reader) =>
            new TrainingRun(
                reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                SqliteConsentLedger.FromTicks(reader.GetInt64(3)),
                reader.IsDBNull(4) ? null : SqliteConsentLedger.FromTicks(reader.GetInt64(4)));
    }
}
