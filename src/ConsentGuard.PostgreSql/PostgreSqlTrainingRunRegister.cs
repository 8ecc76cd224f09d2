using System;
using System.Collections.Generic;
using System.Linq;
using ConsentGuard.PostgreSql.Internal;
using Npgsql;
using NpgsqlTypes;

namespace ConsentGuard.PostgreSql
{
    /// <summary>
    /// An <see cref="ITrainingRunRegister"/> in a PostgreSQL database; usually the ledger's own schema, so that
    /// <see cref="GetRevocationImpacts"/> can match the ledger's revocations against recorded uses in one query. Records
    /// of use are append-only (triggers). Every method throws on failure (see the interface).
    /// </summary>
    public sealed class PostgreSqlTrainingRunRegister : ILedgerTrainingRunRegister
    {
        private readonly PostgreSqlStore _store;
        private readonly string _s;

        /// <summary>Creates a register on <paramref name="options"/>' database; the schema is created or migrated by the first operation.</summary>
        public PostgreSqlTrainingRunRegister(PostgreSqlConsentStoreOptions options)
        {
            _store = new PostgreSqlStore(options, SchemaMigrations.LatestVersion);
            _s = _store.Schema;
        }

        private string RunColumns => "r.run_id, r.purpose, r.label, r.started_at, r.completed_at";

        /// <inheritdoc />
        public TrainingRun StartRun(string purpose, string? label = null)
        {
            if (string.IsNullOrEmpty(purpose))
                throw new ArgumentException("A purpose is required.", nameof(purpose));
            var run = new TrainingRun(Guid.NewGuid().ToString("N"), purpose, label, Instants.ToDatabase(_store.Clock.UtcNow), null);
            using var connection = _store.Open();
            using var command = new NpgsqlCommand($"INSERT INTO {_s}.training_runs (run_id, purpose, label, started_at) VALUES ($1, $2, $3, $4);", connection);
            command.Parameters.Add(Text(run.RunId));
            command.Parameters.Add(Text(run.Purpose));
            command.Parameters.Add(Text(label));
            command.Parameters.Add(Instant(run.StartedAt));
            command.ExecuteNonQuery();
            return run;
        }

        /// <inheritdoc />
        /// <remarks>All ids are recorded in one statement (one array parameter) inside one transaction, or none is.</remarks>
        public void RecordSubjects(string runId, IEnumerable<string> subjectIds)
        {
            if (subjectIds is null)
                throw new ArgumentNullException(nameof(subjectIds));
            RequireRunId(runId);
            var ids = subjectIds.ToArray();
            if (ids.Any(string.IsNullOrEmpty))
                throw new ArgumentException("Subject ids must not be null or empty.", nameof(subjectIds));

            using var connection = _store.Open();
            using var transaction = connection.BeginTransaction();
            // The run's row stays locked until commit, so a concurrent CompleteRun on any instance cannot slip in between.
            using (var check = new NpgsqlCommand(PostgreSqlStore.DurableCommitSql + $"SELECT completed_at IS NOT NULL FROM {_s}.training_runs WHERE run_id = @run FOR UPDATE;", connection, transaction))
            {
                check.Parameters.Add(new NpgsqlParameter("run", NpgsqlDbType.Text) { Value = runId });
                var completed = check.ExecuteScalar();
                if (completed is null)
                    throw new InvalidOperationException($"No training run '{runId}'.");
                if ((bool)completed)
                    throw new InvalidOperationException($"Training run '{runId}' is completed and reads no more data.");
            }
            using (var insert = new NpgsqlCommand(
                       $"INSERT INTO {_s}.training_run_subjects (run_id, subject_id, first_used_at) SELECT $1, s, $3 FROM unnest($2::text[]) s " +
                       // DO NOTHING: a subject already recorded keeps its first use.
                       "ON CONFLICT (run_id, subject_id) DO NOTHING;", connection, transaction))
            {
                insert.Parameters.Add(Text(runId));
                insert.Parameters.Add(new NpgsqlParameter { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
                insert.Parameters.Add(Instant(_store.Clock.UtcNow));
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }

        /// <inheritdoc />
        public TrainingRun CompleteRun(string runId)
        {
            RequireRunId(runId);
            using var connection = _store.Open();
            using var transaction = connection.BeginTransaction();
            using (var command = new NpgsqlCommand($"UPDATE {_s}.training_runs SET completed_at = $1 WHERE run_id = $2 AND completed_at IS NULL;", connection, transaction))
            {
                command.Parameters.Add(Instant(_store.Clock.UtcNow));
                command.Parameters.Add(Text(runId));
                command.ExecuteNonQuery();
            }
            var run = FindRun(connection, transaction, runId) ?? throw new InvalidOperationException($"No training run '{runId}'.");
            transaction.Commit();
            return run;
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
            if (string.IsNullOrEmpty(subjectId))
                throw new ArgumentException("A subject id is required.", nameof(subjectId));
            if (string.IsNullOrEmpty(purpose))
                throw new ArgumentException("A purpose is required.", nameof(purpose));
            using var connection = _store.Open();
            using var command = new NpgsqlCommand(
                $"SELECT {RunColumns} FROM {_s}.training_runs r JOIN {_s}.training_run_subjects s ON s.run_id = r.run_id " +
                "WHERE s.subject_id = $1 AND r.purpose = $2 AND s.first_used_at <= $3 ORDER BY r.started_at, r.run_id;", connection);
            command.Parameters.Add(Text(subjectId));
            command.Parameters.Add(Text(purpose));
            command.Parameters.Add(Instant(revokedAt));
            return ReadRuns(command);
        }

        /// <inheritdoc />
        /// <remarks>Needs the ledger in the same schema.</remarks>
        public IReadOnlyList<RevocationImpact> GetRevocationImpacts(DateTimeOffset since)
        {
            using var connection = _store.Open();
            using var command = new NpgsqlCommand($@"
SELECT {RunColumns}, s.subject_id, s.first_used_at, e.event_id, e.at
FROM {_s}.consent_events e
JOIN {_s}.training_run_subjects s ON s.subject_id = e.subject_id AND s.first_used_at <= e.at
JOIN {_s}.training_runs r ON r.run_id = s.run_id AND r.purpose = e.purpose
WHERE e.kind = 'revoke' AND e.at >= $1
ORDER BY e.event_id, r.started_at, r.run_id;", connection);
            command.Parameters.Add(Instant(since));
            using var reader = command.ExecuteReader();
            var impacts = new List<RevocationImpact>();
            while (reader.Read())
            {
                impacts.Add(new RevocationImpact(ReadRun(reader), reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6),
                    reader.GetInt64(7), reader.GetFieldValue<DateTimeOffset>(8)));
            }
            return impacts;
        }

        /// <inheritdoc />
        public IReadOnlyList<TrainingRun> GetRunsAffectedByObjection(string subjectId, string purpose)
        {
            if (string.IsNullOrEmpty(subjectId))
                throw new ArgumentException("A subject id is required.", nameof(subjectId));
            if (string.IsNullOrEmpty(purpose))
                throw new ArgumentException("A purpose is required.", nameof(purpose));
            using var connection = _store.Open();
            using var command = new NpgsqlCommand(
                $"SELECT {RunColumns} FROM {_s}.training_runs r JOIN {_s}.training_run_subjects s ON s.run_id = r.run_id " +
                "WHERE s.subject_id = $1 AND r.purpose = $2 AND s.first_used_at <= " +
                $"(SELECT min(o.at) FROM {_s}.objection_events o WHERE o.subject_id = $1 AND o.purpose = $2 AND o.kind = 'objection') " +
                "ORDER BY r.started_at, r.run_id;", connection);
            command.Parameters.Add(Text(subjectId));
            command.Parameters.Add(Text(purpose));
            return ReadRuns(command);
        }

        /// <inheritdoc />
        public IReadOnlyList<RevocationImpact> GetObjectionImpacts(DateTimeOffset since)
        {
            using var connection = _store.Open();
            using var command = new NpgsqlCommand($@"
SELECT {RunColumns}, s.subject_id, s.first_used_at, o.event_id, o.at
FROM {_s}.objection_events o
JOIN {_s}.training_run_subjects s ON s.subject_id = o.subject_id AND s.first_used_at <= o.at
JOIN {_s}.training_runs r ON r.run_id = s.run_id AND r.purpose = o.purpose
WHERE o.kind = 'objection' AND o.at >= $1
ORDER BY o.event_id, r.started_at, r.run_id;", connection);
            command.Parameters.Add(Instant(since));
            using var reader = command.ExecuteReader();
            var impacts = new List<RevocationImpact>();
            while (reader.Read())
            {
                impacts.Add(new RevocationImpact(ReadRun(reader), reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6),
                    reader.GetInt64(7), reader.GetFieldValue<DateTimeOffset>(8)));
            }
            return impacts;
        }

        /// <inheritdoc />
        public long CountSubjects(string runId)
        {
            RequireRunId(runId);
            using var connection = _store.Open();
            using var command = new NpgsqlCommand($"SELECT count(*) FROM {_s}.training_run_subjects WHERE run_id = $1;", connection);
            command.Parameters.Add(Text(runId));
            return (long)command.ExecuteScalar()!;
        }

        /// <summary>Closes the pooled connections; later calls throw <see cref="ObjectDisposedException"/>.</summary>
        public void Dispose() => _store.Dispose();

        private static void RequireRunId(string runId)
        {
            if (string.IsNullOrEmpty(runId))
                throw new ArgumentException("A run id is required.", nameof(runId));
        }

        private TrainingRun? FindRun(NpgsqlConnection connection, NpgsqlTransaction? transaction, string runId)
        {
            using var command = new NpgsqlCommand($"SELECT {RunColumns} FROM {_s}.training_runs r WHERE r.run_id = $1;", connection, transaction);
            command.Parameters.Add(Text(runId));
            return ReadRuns(command).FirstOrDefault();
        }

        private static List<TrainingRun> ReadRuns(NpgsqlCommand command)
        {
            using var reader = command.ExecuteReader();
            var runs = new List<TrainingRun>();
            while (reader.Read())
                runs.Add(ReadRun(reader));
            return runs;
        }

        private static TrainingRun ReadRun(NpgsqlDataReader reader) =>
            new TrainingRun(
                reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4));

        private static NpgsqlParameter Text(string? value) => new NpgsqlParameter { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

        private static NpgsqlParameter Instant(DateTimeOffset value) => new NpgsqlParameter { Value = Instants.ToDatabase(value), NpgsqlDbType = NpgsqlDbType.TimestampTz };
    }
}
