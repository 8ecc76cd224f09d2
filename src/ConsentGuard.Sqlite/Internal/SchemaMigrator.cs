using System;
using Microsoft.Data.Sqlite;

namespace ConsentGuard.Sqlite.Internal
{
    /// <summary>Brings a database to a schema version by running the missing <see cref="SchemaMigrations"/> steps.</summary>
    internal static class SchemaMigrator
    {
        /// <summary>
        /// Switches the file to WAL and applies every step above the recorded version up to
        /// <paramref name="targetVersion"/>, all in one transaction: a crash mid-way leaves the old
        /// schema, never half a new one. Returns the version the database is at.
        /// </summary>
        /// <exception cref="NotSupportedException">The database was written by a newer schema than this code knows.</exception>
        public static int Migrate(SqliteConnection connection, string displayName, IConsentClock clock, IConsentLog log, int targetVersion)
        {
            EnableWal(connection, displayName, log);

            // Cheap check first, without the write lock: almost every open finds the schema current.
            var current = ReadVersion(connection, null);
            ThrowIfNewer(current, displayName);
            if (current >= targetVersion)
                return current;

            using var transaction = connection.BeginTransaction(deferred: false);
            // Another connection or process may have migrated between the check and the lock.
            current = ReadVersion(connection, transaction);
            ThrowIfNewer(current, displayName);
            Execute(connection, transaction, @"
CREATE TABLE IF NOT EXISTS schema_version (
    version          INTEGER PRIMARY KEY,
    description      TEXT    NOT NULL,
    applied_at_ticks INTEGER NOT NULL
);");
            var applied = current;
            foreach (var migration in SchemaMigrations.All)
            {
                if (migration.Version <= current || migration.Version > targetVersion)
                    continue;
                Execute(connection, transaction, migration.Sql);
                using (var record = connection.CreateCommand())
                {
                    record.Transaction = transaction;
                    record.CommandText = "INSERT INTO schema_version (version, description, applied_at_ticks) VALUES ($v, $d, $t);";
                    record.Parameters.AddWithValue("$v", migration.Version);
                    record.Parameters.AddWithValue("$d", migration.Description);
                    record.Parameters.AddWithValue("$t", clock.UtcNow.UtcTicks);
                    record.ExecuteNonQuery();
                }
                applied = migration.Version;
            }
            transaction.Commit();
            if (applied != current)
                log.SafeLog(ConsentLogLevel.Information, $"Consent store '{displayName}' migrated from schema version {current} to {applied}.");
            return applied;
        }

        /// <summary>The highest applied version; 0 for a database without the schema_version table.</summary>
        public static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version';";
            if (Convert.ToInt64(command.ExecuteScalar()) == 0)
                return 0;
            command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version;";
            return Convert.ToInt32(command.ExecuteScalar());
        }

        /// <summary>
        /// WAL lets readers go on while one writer commits. The mode is stored in the file, so this
        /// only does work on the first open; a file that cannot switch (read-only media) keeps working
        /// with a logged warning.
        /// </summary>
        private static void EnableWal(SqliteConnection connection, string displayName, IConsentLog log)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL;";
            var mode = Convert.ToString(command.ExecuteScalar());
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                log.SafeLog(ConsentLogLevel.Warning, $"Consent store '{displayName}' runs in journal mode '{mode}', not WAL: readers will wait for writers.");
        }

        private static void ThrowIfNewer(int version, string displayName)
        {
            // A newer schema may mean things this code cannot see (a new kind of event): refuse rather than misread consent.
            if (version > SchemaMigrations.LatestVersion)
                throw new NotSupportedException(
                    $"Consent store '{displayName}' has schema version {version}; this ConsentGuard.Sqlite knows versions up to {SchemaMigrations.LatestVersion}. Upgrade the package.");
        }

        private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
