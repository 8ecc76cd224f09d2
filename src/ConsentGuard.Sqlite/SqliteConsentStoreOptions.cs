using System;
using System.IO;

namespace ConsentGuard.Sqlite
{
    /// <summary>Where and how a <see cref="SqliteConsentLedger"/> or <see cref="SqliteTrainingRunRegister"/> keeps its data.</summary>
    public sealed class SqliteConsentStoreOptions
    {
        /// <summary>The largest batch chunk: bounds the work and memory of one statement.</summary>
        public const int MaxBatchChunkSize = 10_000;

        /// <param name="databasePath">The database file. Its directory must exist: a mistyped path must not quietly start a new, empty ledger.</param>
        public SqliteConsentStoreOptions(string databasePath)
        {
            if (string.IsNullOrWhiteSpace(databasePath))
                throw new ArgumentException("A database file path is required.", nameof(databasePath));
            // Each operation opens its own connection, and every connection to ":memory:" is a new, empty database.
            if (databasePath.Trim() == ":memory:" || databasePath.StartsWith("file::memory:", StringComparison.OrdinalIgnoreCase))
                throw new ArgumentException("The ledger needs a database file; an in-memory SQLite database lives only as long as one connection.", nameof(databasePath));
            DatabasePath = databasePath;
        }

        /// <summary>The database file.</summary>
        public string DatabasePath { get; }

        /// <summary>Create the file (not its directory) when it does not exist. True by default.</summary>
        public bool CreateIfMissing { get; set; } = true;

        /// <summary>
        /// How long an operation waits for a lock held by another connection or process before it
        /// fails (reads then answer "not granted", writes throw). Five seconds by default; SQLite's
        /// driver counts its own retries in whole seconds, so the effective wait is at least one second.
        /// </summary>
        public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>Subjects per query in batched look-ups, 1 to <see cref="MaxBatchChunkSize"/>; 500 by default.</summary>
        public int BatchChunkSize { get; set; } = 500;

        /// <summary>Stamps events and runs; the system clock by default.</summary>
        public IConsentClock Clock { get; set; } = ConsentClock.System;

        /// <summary>Receives store failures (each one is also a "not granted" answer) and migrations; nothing by default.</summary>
        public IConsentLog Log { get; set; } = ConsentLog.None;

        /// <summary>The file name alone, for log messages: the full path can name a user's home directory.</summary>
        internal string DisplayName => Path.GetFileName(DatabasePath);

        internal void Validate()
        {
            if (BusyTimeout <= TimeSpan.Zero)
                throw new ArgumentOutOfRangeException(nameof(BusyTimeout), BusyTimeout, "The busy timeout must be positive.");
            if (BatchChunkSize < 1 || BatchChunkSize > MaxBatchChunkSize)
                throw new ArgumentOutOfRangeException(nameof(BatchChunkSize), BatchChunkSize, $"The chunk size must be between 1 and {MaxBatchChunkSize}.");
            if (Clock is null)
                throw new ArgumentNullException(nameof(Clock));
            if (Log is null)
                throw new ArgumentNullException(nameof(Log));
        }
    }
}
