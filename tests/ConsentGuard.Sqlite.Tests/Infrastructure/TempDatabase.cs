using System;
using System.IO;
using ConsentGuard.Sqlite;
using Microsoft.Data.Sqlite;

namespace ConsentGuard.Sqlite.Tests.Infrastructure;

/// <summary>A database path in a fresh temporary directory, removed with everything in it on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "consentguard-sqlite-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Path = System.IO.Path.Combine(Directory, "consent.db");
    }

    public string Directory { get; }
    public string Path { get; }
    public ManualClock Clock { get; } = new();
    public RecordingLog Log { get; } = new();

    /// <summary>Options on this file with the test's clock and log; a short busy timeout keeps lock tests quick.</summary>
    public SqliteConsentStoreOptions Options(TimeSpan? busyTimeout = null, int? chunkSize = null) => new(Path)
    {
        Clock = Clock,
        Log = Log,
        BusyTimeout = busyTimeout ?? TimeSpan.FromSeconds(5),
        BatchChunkSize = chunkSize ?? 500,
    };

    /// <summary>A raw connection, for what the ledger API refuses to do (tampering, locking).</summary>
    public SqliteConnection OpenRaw()
    {
        // Pooling off: the raw connection must really close when the test says so.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A pooled handle may still be open on some platforms; the OS temp cleaner gets it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
