using System;
using Npgsql;

namespace ConsentGuard.PostgreSql.Internal
{
    /// <summary>Brings a schema to a version by running the missing <see cref="SchemaMigrations"/> steps.</summary>
    internal static class SchemaMigrator
    {
        /// <summary>
        /// Creates the schema when missing and applies every step above the recorded version up to
        /// <paramref name="targetVersion"/>, all in one transaction (PostgreSQL's DDL is transactional: a crash mid-way
        /// leaves the old schema, never half a new one). Instances starting at once queue on an advisory lock, so each step
        /// runs exactly once. Returns the version the schema is at.
        /// </summary>
        /// <exception cref="NotSupportedException">The schema was written by a newer version than this code knows.</exception>
        public static int Migrate(NpgsqlConnection connection, PostgreSqlConsentStoreOptions options, int targetVersion)
        {
            var schema = options.Schema;
            // Cheap check first, without the lock: almost every start finds the schema current.
            var current = ReadVersion(connection, null, schema);
            ThrowIfNewer(current, options.DisplayName);
            if (current >= targetVersion)
                return current;

            // A session-level lock taken before the transaction starts: PostgreSQL refreshes its catalog caches when a
            // transaction begins, so the transaction below sees the tables another instance created while this one waited.
            Execute(connection, null, "SELECT pg_advisory_lock(hashtextextended('consentguard.migrate.' || @schema, 0));", ("schema", schema));
            try
            {
                return MigrateLocked(connection, options, targetVersion);
            }
            finally
            {
                // A pooled connection is not closed, so the lock is released by hand; a broken connection released it already.
                try
                {
                    Execute(connection, null, "SELECT pg_advisory_unlock(hashtextextended('consentguard.migrate.' || @schema, 0));", ("schema", schema));
                }
                catch (NpgsqlException)
                {
                }
            }
        }

        private static int MigrateLocked(NpgsqlConnection connection, PostgreSqlConsentStoreOptions options, int targetVersion)
        {
            var schema = options.Schema;
            using var transaction = connection.BeginTransaction();
            // Another instance may have migrated between the check and the lock.
            var current = ReadVersion(connection, transaction, schema);
            ThrowIfNewer(current, options.DisplayName);
            if (current >= targetVersion)
                return current;
            Execute(connection, transaction, $@"
CREATE SCHEMA IF NOT EXISTS {schema};
CREATE TABLE IF NOT EXISTS {schema}.schema_version (
    version     integer     PRIMARY KEY,
    description text        NOT NULL,
    applied_at  timestamptz NOT NULL
);");
            var applied = current;
            foreach (var migration in SchemaMigrations.All)
            {
                if (migration.Version <= current || migration.Version > targetVersion)
                    continue;
                Execute(connection, transaction, migration.SqlFor(schema));
                Execute(connection, transaction, $"INSERT INTO {schema}.schema_version (version, description, applied_at) VALUES (@v, @d, @t);",
                    ("v", migration.Version), ("d", migration.Description), ("t", Instants.ToDatabase(options.Clock.UtcNow)));
                applied = migration.Version;
            }
            transaction.Commit();
            if (applied != current)
                options.Log.SafeLog(ConsentLogLevel.Information, $"Consent store '{options.DisplayName}' migrated from schema version {current} to {applied}.");
            return applied;
        }

        /// <summary>The highest applied version; 0 when the schema or its version table does not exist yet.</summary>
        public static int ReadVersion(NpgsqlConnection connection, NpgsqlTransaction? transaction, string schema)
        {
            // A query of the catalog (read with the statement's snapshot), not to_regclass, which answers from a cache.
            using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = @schema AND tablename = 'schema_version');", connection, transaction);
            command.Parameters.AddWithValue("schema", schema);
            if (!(bool)command.ExecuteScalar()!)
                return 0;
            command.Parameters.Clear();
            command.CommandText = $"SELECT coalesce(max(version), 0) FROM {schema}.schema_version;";
            return Convert.ToInt32(command.ExecuteScalar());
        }

        private static void ThrowIfNewer(int version, string displayName)
        {
            // A newer schema may mean things this code cannot see (a new kind of event): refuse rather than misread consent.
            if (version > SchemaMigrations.LatestVersion)
                throw new NotSupportedException(
                    $"Consent store '{displayName}' has schema version {version}; this ConsentGuard.PostgreSql knows versions up to {SchemaMigrations.LatestVersion}. Upgrade the package.");
        }

        private static void Execute(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
        {
            using var command = new NpgsqlCommand(sql, connection, transaction);
            foreach (var (name, value) in parameters)
                command.Parameters.AddWithValue(name, value);
            command.ExecuteNonQuery();
        }
    }
}
