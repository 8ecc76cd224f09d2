using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Sqlite.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ConsentGuard.Sqlite.Tests;

/// <summary>
/// Every way the store can fail: the consent checks answer "not granted", log an error and never
/// throw; writes throw, so a lost event is seen by whoever recorded it.
/// </summary>
public sealed class FailClosedTests : IDisposable
{
    private const string Gen = Purposes.GenerativeTraining;
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_locked_database_answers_not_granted_and_recovers_when_the_lock_is_gone()
    {
        using (var setup = SqliteConsentLedger.Open(_db.Options()))
            setup.Grant("alice", Gen, "signup", "v1");
        // Disposing released every pooled connection: the holder below can take the file for itself.
        using var ledger = new SqliteConsentLedger(_db.Options(busyTimeout: TimeSpan.FromMilliseconds(100)));

        using (var holder = _db.OpenRaw())
        {
            // In WAL mode only an exclusive locking mode shuts readers out; the write takes the lock and keeps it.
            using var lockIt = holder.CreateCommand();
            lockIt.CommandText = "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; INSERT INTO schema_version VALUES (1000, 'lock', 0);";
            lockIt.ExecuteNonQuery();

            Assert.False(ledger.IsGranted("alice", Gen));
            Assert.Empty(ledger.GetGrantedSubjects(new[] { "alice" }, Gen));
            Assert.Throws<SqliteException>(() => ledger.Grant("bob", Gen, "signup", "v1"));

            Assert.Equal(2, _db.Log.Errors.Count);
            Assert.All(_db.Log.Errors, e => Assert.Equal(5 /* SQLITE_BUSY */, ((SqliteException)e.Exception!).SqliteErrorCode));
        }

        // The holder rolled back and closed: the same ledger heals without a restart.
        Assert.True(ledger.IsGranted("alice", Gen));
        Assert.True(await ledger.IsGrantedAsync("alice", Gen));
        Assert.False(ledger.IsGranted("bob", Gen));
    }

    [Fact]
    public async Task A_corrupt_file_answers_not_granted_on_every_check()
    {
        File.WriteAllBytes(_db.Path, Enumerable.Repeat((byte)'x', 8192).ToArray());
        using var ledger = new SqliteConsentLedger(_db.Options());

        Assert.False(ledger.IsGranted("alice", Gen));
        Assert.False(await ledger.IsGrantedAsync("alice", Gen));
        Assert.False(ledger.IsGrantedAt("alice", Gen, DateTimeOffset.UtcNow));
        Assert.Empty(ledger.GetGrantedSubjects(new[] { "alice", "bob" }, Gen));

        Assert.Equal(4, _db.Log.Errors.Count);
        Assert.All(_db.Log.Errors, e => Assert.Equal(26 /* SQLITE_NOTADB */, ((SqliteException)e.Exception!).SqliteErrorCode));
    }

    [Fact]
    public void A_corrupt_file_makes_writes_and_the_eager_open_throw()
    {
        File.WriteAllBytes(_db.Path, Enumerable.Repeat((byte)0xFF, 8192).ToArray());
        using var ledger = new SqliteConsentLedger(_db.Options());

        Assert.Throws<SqliteException>(() => ledger.Grant("alice", Gen, "signup", "v1"));
        Assert.Throws<SqliteException>(() => SqliteConsentLedger.Open(_db.Options()));
    }

    [Fact]
    public void A_missing_directory_answers_not_granted_and_is_not_created()
    {
        var missing = Path.Combine(_db.Directory, "no-such-dir", "consent.db");
        using var ledger = new SqliteConsentLedger(new SqliteConsentStoreOptions(missing) { Log = _db.Log });

        Assert.False(ledger.IsGranted("alice", Gen));
        Assert.Empty(ledger.GetGrantedSubjects(new[] { "alice" }, Gen));
        Assert.Throws<SqliteException>(() => ledger.Grant("alice", Gen, "signup", "v1"));

        Assert.Equal(2, _db.Log.Errors.Count);
        Assert.False(Directory.Exists(Path.GetDirectoryName(missing)));
    }

    [Fact]
    public void A_missing_file_is_not_created_when_creation_is_off()
    {
        using var ledger = new SqliteConsentLedger(new SqliteConsentStoreOptions(_db.Path) { Log = _db.Log, CreateIfMissing = false });

        Assert.False(ledger.IsGranted("alice", Gen));
        Assert.Throws<SqliteException>(() => ledger.Grant("alice", Gen, "signup", "v1"));

        Assert.Single(_db.Log.Errors);
        Assert.False(File.Exists(_db.Path));
    }

    [LinuxFact]
    public void A_read_only_directory_answers_not_granted_and_writes_throw()
    {
        // /proc takes no new files, not even from root (tests may run as root, which ignores chmod).
        var readOnly = Path.Combine("/proc", $"consentguard-{Guid.NewGuid():N}.db");
        using var ledger = new SqliteConsentLedger(new SqliteConsentStoreOptions(readOnly) { Log = _db.Log });

        Assert.False(ledger.IsGranted("alice", Gen));
        Assert.Empty(ledger.GetGrantedSubjects(new[] { "alice" }, Gen));
        Assert.Throws<SqliteException>(() => ledger.Grant("alice", Gen, "signup", "v1"));

        Assert.Equal(2, _db.Log.Errors.Count);
    }

    [Fact]
    public async Task A_disposed_ledger_answers_not_granted_and_refuses_writes()
    {
        var ledger = SqliteConsentLedger.Open(_db.Options());
        ledger.Grant("alice", Gen, "signup", "v1");
        ledger.Dispose();

        Assert.False(ledger.IsGranted("alice", Gen));
        Assert.False(await ledger.IsGrantedAsync("alice", Gen));
        Assert.Empty(ledger.GetGrantedSubjects(new[] { "alice" }, Gen));
        Assert.Throws<ObjectDisposedException>(() => ledger.Grant("bob", Gen, "signup", "v1"));
        Assert.Throws<ObjectDisposedException>(() => ledger.Revoke("alice", Gen, "settings-page"));

        Assert.Equal(3, _db.Log.Errors.Count);
        Assert.All(_db.Log.Errors, e => Assert.IsType<ObjectDisposedException>(e.Exception));
    }

    [Fact]
    public void A_database_from_a_newer_schema_is_neither_read_nor_written()
    {
        using (var current = SqliteConsentLedger.Open(_db.Options()))
            current.Grant("alice", Gen, "signup", "v1");
        using (var raw = _db.OpenRaw())
        {
            using var bump = raw.CreateCommand();
            bump.CommandText = "INSERT INTO schema_version VALUES (99, 'from the future', 0);";
            bump.ExecuteNonQuery();
        }
        using var ledger = new SqliteConsentLedger(_db.Options());

        Assert.False(ledger.IsGranted("alice", Gen));
        Assert.Throws<NotSupportedException>(() => ledger.Grant("bob", Gen, "signup", "v1"));

        var error = Assert.Single(_db.Log.Errors);
        Assert.Contains("schema version 99", error.Exception!.Message);
    }

    [Fact]
    public void A_log_that_throws_does_not_turn_not_granted_into_an_exception()
    {
        File.WriteAllBytes(_db.Path, new byte[4096]);
        var options = _db.Options();
        options.Log = ConsentLog.FromDelegate((_, _, _) => throw new InvalidOperationException("log is down"));
        using var ledger = new SqliteConsentLedger(options);

        Assert.False(ledger.IsGranted("alice", Gen));
        Assert.Empty(ledger.GetGrantedSubjects(new[] { "alice" }, Gen));
    }

    [Fact]
    public void Log_entries_name_the_purpose_but_never_the_subject()
    {
        File.WriteAllBytes(_db.Path, Enumerable.Repeat((byte)'x', 4096).ToArray());
        using var ledger = new SqliteConsentLedger(_db.Options());

        ledger.IsGranted("alice@example.com", Gen);

        var entry = Assert.Single(_db.Log.Errors);
        Assert.Contains(Gen, entry.Message);
        Assert.DoesNotContain("alice", entry.Message);
    }
}
