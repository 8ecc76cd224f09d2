using System;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace ConsentGuard.PostgreSql.Internal
{
    /// <summary>
    /// The database behind a ledger or register: a pooled Npgsql data source, and the schema created or migrated on the
    /// first open that succeeds. A failed first open is retried by the next operation: a server that was down at start-up
    /// is used once it is back, without restarting the application. Npgsql drops a pooled connection that broke (a server
    /// restart, a terminated backend) when the statement on it fails, so the store heals by itself after such a fault.
    /// </summary>
    internal sealed class PostgreSqlStore : IDisposable
    {
        /// <summary>
        /// Opens a write transaction's SQL: an acknowledged event or record of use must survive a crash of the server, so
        /// its commit waits for the WAL flush even on a server (or for a role) whose default is <c>synchronous_commit = off</c>.
        /// </summary>
        public const string DurableCommitSql = "SET LOCAL synchronous_commit TO on; ";

        private readonly NpgsqlDataSource _dataSource;
        private readonly object _schemaGate = new object();
        private readonly int _targetVersion;
        private volatile bool _schemaReady;
        private volatile bool _disposed;

        public PostgreSqlStore(PostgreSqlConsentStoreOptions options, int targetVersion)
        {
            if (options is null)
                throw new ArgumentNullException(nameof(options));
            options.Validate();
            Options = options;
            _targetVersion = targetVersion;
            var builder = new NpgsqlConnectionStringBuilder(options.Builder.ConnectionString)
            {
                CommandTimeout = options.CommandTimeoutSeconds,
                // Each statement is bounded by the command timeout; so is the wait for a connection.
                Timeout = Math.Max(options.CommandTimeoutSeconds, 1),
            };
            if (string.IsNullOrEmpty(builder.ApplicationName))
                builder.ApplicationName = "consentguard";
            _dataSource = NpgsqlDataSource.Create(builder);
        }

        public PostgreSqlConsentStoreOptions Options { get; }
        public string Schema => Options.Schema;
        public IConsentLog Log => Options.Log;
        public IConsentClock Clock => Options.Clock;
        public string DisplayName => Options.DisplayName;

        /// <summary>An open connection on a current schema; the caller disposes it (back to the pool).</summary>
        /// <exception cref="ObjectDisposedException">The store was disposed.</exception>
        public NpgsqlConnection Open()
        {
            ThrowIfDisposed();
            EnsureSchema();
            return _dataSource.OpenConnection();
        }

        /// <summary>As <see cref="Open"/>, waiting for the connection asynchronously.</summary>
        public async ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
        {
            ThrowIfDisposed();
            EnsureSchema();
            return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
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
                using var connection = _dataSource.OpenConnection();
                SchemaMigrator.Migrate(connection, Options, _targetVersion);
                _schemaReady = true;
            }
        }

        public void ThrowIfDisposed()
        {
            if (_disposed)
                throw new ObjectDisposedException(GetType().Name, $"The consent store '{DisplayName}' was disposed.");
        }

        /// <summary>Closes the pooled connections.</summary>
        public void Dispose()
        {
            if (_disposed)
                return;
            _disposed = true;
            _dataSource.Dispose();
        }
    }
}
