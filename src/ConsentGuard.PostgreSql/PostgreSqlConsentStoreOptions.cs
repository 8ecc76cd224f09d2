using System;
using System.Text.RegularExpressions;
using Npgsql;

namespace ConsentGuard.PostgreSql
{
    /// <summary>Where and how a <see cref="PostgreSqlConsentLedger"/> or <see cref="PostgreSqlTrainingRunRegister"/> keeps its data.</summary>
    public sealed class PostgreSqlConsentStoreOptions
    {
        /// <summary>The largest batch chunk: bounds the size of one statement's id array.</summary>
        public const int MaxBatchChunkSize = 100_000;

        private static readonly Regex SchemaName = new Regex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant);

        /// <param name="connectionString">
        /// An Npgsql connection string (<c>Host=…;Database=…;Username=…</c>). Pooling stays on: each operation borrows a
        /// connection for the length of one statement or transaction.
        /// </param>
        /// <exception cref="ArgumentException">The connection string is empty or not one Npgsql can parse.</exception>
        public PostgreSqlConsentStoreOptions(string connectionString)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new ArgumentException("A PostgreSQL connection string is required.", nameof(connectionString));
            try
            {
                Builder = new NpgsqlConnectionStringBuilder(connectionString);
            }
            catch (Exception ex) when (ex is ArgumentException || ex is FormatException || ex is InvalidCastException)
            {
                // The message of the parser can quote the string, password included: say only what is wrong with it.
                throw new ArgumentException($"The PostgreSQL connection string cannot be parsed ({ex.GetType().Name}).", nameof(connectionString));
            }
            ConnectionString = connectionString;
        }

        /// <summary>The connection string as given.</summary>
        public string ConnectionString { get; }

        /// <summary>
        /// The PostgreSQL schema the ledger's tables live in, created on start-up when missing; <c>consentguard</c> by
        /// default. Lower-case letters, digits and underscores: it is written into SQL, never quoted from user input.
        /// </summary>
        public string Schema { get; set; } = "consentguard";

        /// <summary>
        /// How long one statement may run before it is cancelled and fails (reads then answer "not granted", writes
        /// throw): a lock held by someone else, an overloaded server or a network that stopped answering. Five seconds by
        /// default; Npgsql counts in whole seconds, so the effective bound is at least one second.
        /// </summary>
        public TimeSpan CommandTimeout { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>
        /// Subjects per statement in batched look-ups, 1 to <see cref="MaxBatchChunkSize"/>; 10,000 by default, so the
        /// generated extensions' chunks of 1,024 always go in one statement and one round trip.
        /// </summary>
        public int BatchChunkSize { get; set; } = 10_000;

        /// <summary>Stamps events and runs; the system clock by default. PostgreSQL keeps microseconds: instants are truncated to them.</summary>
        public IConsentClock Clock { get; set; } = ConsentClock.System;

        /// <summary>Receives store failures (each one is also a "not granted" answer) and migrations; nothing by default.</summary>
        public IConsentLog Log { get; set; } = ConsentLog.None;

        internal NpgsqlConnectionStringBuilder Builder { get; }

        /// <summary>Server, database and schema, for log messages: never the user name or password.</summary>
        internal string DisplayName => $"{Builder.Host}/{Builder.Database}/{Schema}";

        internal int CommandTimeoutSeconds => Math.Max(1, (int)Math.Ceiling(CommandTimeout.TotalSeconds));

        internal void Validate()
        {
            if (Schema is null || !SchemaName.IsMatch(Schema))
                throw new ArgumentException($"'{Schema}' is not a schema name this ledger accepts: lower-case letters, digits and underscores, starting with a letter or underscore.", nameof(Schema));
            if (CommandTimeout <= TimeSpan.Zero)
                throw new ArgumentOutOfRangeException(nameof(CommandTimeout), CommandTimeout, "The command timeout must be positive.");
            if (BatchChunkSize < 1 || BatchChunkSize > MaxBatchChunkSize)
                throw new ArgumentOutOfRangeException(nameof(BatchChunkSize), BatchChunkSize, $"The chunk size must be between 1 and {MaxBatchChunkSize}.");
            if (Clock is null)
                throw new ArgumentNullException(nameof(Clock));
            if (Log is null)
                throw new ArgumentNullException(nameof(Log));
        }
    }
}
