using System;
using ConsentGuard.Sqlite.Tests.Infrastructure;

namespace ConsentGuard.Sqlite.Tests;

/// <summary>What only the SQLite ledger has: a file in WAL mode, and options about files. The semantics every ledger shares are in tests/ConsentGuard.Ledger.Tests.</summary>
public sealed class SqliteLedgerTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void The_file_is_in_wal_mode()
    {
        using (SqliteConsentLedger.Open(_db.Options())) { }
        using var raw = _db.OpenRaw();
        using var command = raw.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void Options_refuse_an_in_memory_database_and_bad_sizes()
    {
        Assert.Throws<ArgumentException>(() => new SqliteConsentStoreOptions(":memory:"));
        Assert.Throws<ArgumentException>(() => new SqliteConsentStoreOptions(" "));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteConsentLedger(_db.Options(chunkSize: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteConsentLedger(_db.Options(chunkSize: 10_001)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteConsentLedger(_db.Options(busyTimeout: TimeSpan.Zero)));
    }
}
