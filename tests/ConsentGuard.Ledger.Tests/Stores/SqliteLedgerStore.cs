using System;
using ConsentGuard.Sqlite;
using ConsentGuard.Sqlite.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ConsentGuard.Ledger.Tests.Stores;

/// <summary>The SQLite ledger on a file in a fresh temporary folder.</summary>
public sealed class SqliteLedgerStore : LedgerStore
{
    private readonly TempDatabase _db = new();

    public override string Name => "sqlite";

    private SqliteConsentStoreOptions Options(int? chunkSize = null, TimeSpan? timeout = null, IConsentClock? clock = null) => new(_db.Path)
    {
        Clock = clock ?? Clock,
        Log = Log,
        BusyTimeout = timeout ?? TimeSpan.FromSeconds(5),
        BatchChunkSize = chunkSize ?? 500,
    };

    public override IConsentLedger OpenLedger(int? chunkSize = null, TimeSpan? timeout = null, IConsentClock? clock = null) =>
        SqliteConsentLedger.Open(Options(chunkSize, timeout, clock));

    public override IConsentLedger CreateLedger(TimeSpan? timeout = null) => new SqliteConsentLedger(Options(timeout: timeout));

    public override ILedgerTrainingRunRegister OpenRegister() => new SqliteTrainingRunRegister(Options());

    public override void Sql(string sql)
    {
        using var raw = _db.OpenRaw();
        using var command = raw.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public override object? Scalar(string sql)
    {
        using var raw = _db.OpenRaw();
        using var command = raw.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public override int LatestSchemaVersion => ConsentGuard.Sqlite.Internal.SchemaMigrations.LatestVersion;

    public override IDisposable LockEverything()
    {
        // An idle pooled connection keeps the WAL's shared memory open, and the holder's exclusive locking mode then
        // waits for it (up to the raw connection's 30 s) or never shuts readers out: close every idle one first.
        // Connections a test opens afterwards meet the lock, as a second process's would.
        SqliteConnection.ClearAllPools();
        var holder = _db.OpenRaw();
        using var lockIt = holder.CreateCommand();
        // In WAL mode only an exclusive locking mode shuts readers out; the write takes the lock and keeps it.
        lockIt.CommandText = "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; INSERT INTO schema_version VALUES (1000, 'lock', 0);";
        lockIt.ExecuteNonQuery();
        return holder; // closing the connection rolls back and releases the lock
    }

    public override long BatchStatements(IConsentLedger ledger) => ((SqliteConsentLedger)ledger).BatchQueryCount;

    public override string GrantedStateValue => "granted = 1";

    public override string ForgeGrantedStateSql(string subject, string purpose) =>
        $"INSERT INTO consent_state (purpose, subject_id, granted, event_id, at_ticks) VALUES ('{purpose}', '{subject}', 1, 999, 0);";

    public override string RefuseInsertsOfSql(string subject) =>
        $"CREATE TRIGGER refuse_{subject} BEFORE INSERT ON consent_events WHEN NEW.subject_id = '{subject}' BEGIN SELECT RAISE(ABORT, 'no {subject}'); END;";

    public override string TamperedObjectionRowSql(string subject, TamperedObjectionRow row)
    {
        var (kind, time) = row switch
        {
            TamperedObjectionRow.KindInAnotherCase => ("'OBJECTION'", "1"),
            TamperedObjectionRow.UnknownKind => ("'withdrawn'", "1"),
            TamperedObjectionRow.ObjectionAtTheEndOfTime => ("'objection'", "'tomorrow'"),
            TamperedObjectionRow.ObjectionBeforeTheStartOfTime => ("'objection'", "-5"),
            _ => ("'notice'", "'yesterday'"),
        };
        return "PRAGMA ignore_check_constraints = ON; INSERT INTO objection_events (subject_id, purpose, kind, at_ticks, source) " +
               $"VALUES ('{subject}', 'Personalization', {kind}, {time}, 'x');";
    }

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _db.Dispose();
    }
}
