using System;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace ConsentGuard.Sqlite.Internal
{
    /// <summary>
    /// The database behind a ledger or register: opens one pooled connection per operation (so any
    /// number of threads can read at once), and creates or migrates the schema on the first open
    /// that succeeds. A failed first open is retried by the next operation: a store that was locked
    /// or missing at start-up heals once it is back, without restarting the application.
    /// </summary>
    internal sealed class SqliteStore : IDisposable
    {
        private readonly string _connectionString;
        private readonly string _pragmas;
        private readonly object _schemaGate = new object();
        private readonly int _targetVersion;
        private static readonly object Configured = new object();
        private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = new ConditionalWeakTable<SQLitePCL.sqlite3, object>();
        private volatile bool _schemaReady;
        private volatile bool _disposed;

        public SqliteStore(SqliteConsentStoreOptions options, int targetVersion)
        {
            if (options is null)
                throw new ArgumentNullException(nameof(options));
            options.Validate();
            Options = options;
            _targetVersion = targetVersion;
            _connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = options.DatabasePath,
                Mode = options.CreateIfMissing ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
                Cache = SqliteCacheMode.Private,
                Pooling = true,
                // The driver retries busy statements itself for this many whole seconds.
                DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
            }.ToString();
            // synchronous = FULL: an acknowledged revocation survives a power cut, not only a process crash.
            _pragmas = $"PRAGMA busy_timeout = {(long)Math.Ceiling(options.BusyTimeout.TotalMilliseconds)}; PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;";
        }

        public SqliteConsentStoreOptions Options { get; }
        public IConsentLog Log => Options.Log;
        public IConsentClock Clock => Options.Clock;
        public string DisplayName => Options.DisplayName;
        public bool IsDisposed => _disposed;

        /// <summary>An open connection on a current schema; the caller disposes it.</summary>
        /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
        public SqliteConnection Open()
        {
            ThrowIfDisposed();
            EnsureSchema();
            return OpenConnection();
        }

        /// <summary>Creates or migrates the schema now, unless a previous call did.</summary>
        public void EnsureSchema()
        {
            if (_schemaReady)
                return;
            lock (_schemaGate)
            {
                if (_schemaReady)
                    return;
                using var connection = OpenConnection();
                SchemaMigrator.Migrate(connection, DisplayName, Clock, Log, _targetVersion);
                _schemaReady = true;
            }
        }

        public void ThrowIfDisposed()
        {
            if (_disposed)
                throw new ObjectDisposedException(GetType().Name, $"The consent store '{DisplayName}' was disposed.");
        }

        /// <summary>Closes the pooled connections, releasing the file.</summary>
        public void Dispose()
        {
            if (_disposed)
                return;
            _disposed = true;
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }

        /// <summary>
        /// Sets the per-connection pragmas the first time a physical connection is seen. Pooled
        /// connections keep their native handle (and its pragmas) between opens; running the pragmas
        /// on every open was most of the cost of a single look-up.
        /// </summary>
        private void ConfigureOnce(SqliteConnection connection)
        {
            var handle = connection.Handle;
            if (handle != null && _configured.TryGetValue(handle, out _))
                return;
            using (var command = connection.CreateCommand())
            {
                command.CommandText = _pragmas;
                command.ExecuteNonQuery();
            }
            if (handle != null)
                _configured.GetValue(handle, _ => Configured);
        }

        private SqliteConnection OpenConnection()
        {
            var connection = new SqliteConnection(_connectionString);
            try
            {
                connection.Open();
                ConfigureOnce(connection);
                return connection;
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }
    }
}
