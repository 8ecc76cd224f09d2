using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Sqlite.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ConsentGuard.Sqlite.Tests.Faults;

/// <summary>
/// Faults of the SQLite ledger beyond <see cref="FailClosedTests"/>: rows corrupted behind its back, a truncated file, a
/// read-only file, a clock that fails inside a write, disposal under parallel readers (a lock past the busy timeout, a write
/// that fails part-way and disposal in the middle of a stream are in tests/ConsentGuard.Ledger.Tests, run on every store).
/// Reads fail closed; a write either persists or throws to its writer, and a retry records it exactly once.
/// </summary>
public sealed class LedgerFaultTests : IDisposable
{
    private const string Gen = Purposes.GenerativeTraining;
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private SqliteConsentLedger OpenWith(params string[] grantedSubjects)
    {
        var ledger = SqliteConsentLedger.Open(_db.Options());
        ledger.Append(grantedSubjects.Select(id => ConsentChange.Grant(id, Gen, "signup", "v1")));
        return ledger;
    }

    /// <summary>
    /// Runs SQL on a raw connection with the table's CHECK constraints and its time-validating trigger off: rows such as
    /// another program, a file from before schema step 4, or a bad sector could leave.
    /// </summary>
    private void Tamper(string sql)
    {
        using var raw = _db.OpenRaw();
        using var command = raw.CreateCommand();
        command.CommandText = "PRAGMA ignore_check_constraints = ON; DROP TRIGGER IF EXISTS consent_events_valid_time; " + sql;
        command.ExecuteNonQuery();
    }

    // ------------------------------------------------------------------ corrupt rows

    [Theory]
    [InlineData("kind 'GRANT'", "INSERT INTO consent_events (subject_id, purpose, kind, at_ticks, source) VALUES ('mallory', 'GenerativeTraining', 'GRANT', 1, 'x');")]
    [InlineData("kind 'granted'", "INSERT INTO consent_events (subject_id, purpose, kind, at_ticks, source) VALUES ('mallory', 'GenerativeTraining', 'granted', 1, 'x');")]
    [InlineData("kind 1", "INSERT INTO consent_events (subject_id, purpose, kind, at_ticks, source) VALUES ('mallory', 'GenerativeTraining', 1, 1, 'x');")]
    [InlineData("purpose in another case", "INSERT INTO consent_events (subject_id, purpose, kind, at_ticks, source) VALUES ('mallory', 'generativetraining', 'grant', 1, 'x');")]
    [InlineData("purpose with a trailing space", "INSERT INTO consent_events (subject_id, purpose, kind, at_ticks, source) VALUES ('mallory', 'GenerativeTraining ', 'grant', 1, 'x');")]
    [InlineData("subject as a blob", "INSERT INTO consent_events (subject_id, purpose, kind, at_ticks, source) VALUES (CAST('mallory' AS BLOB), 'GenerativeTraining', 'grant', 1, 'x');")]
    [InlineData("state granted = 2", "INSERT INTO consent_state (purpose, subject_id, granted, event_id, at_ticks) VALUES ('GenerativeTraining', 'mallory', 2, 1, 1);")]
    [InlineData("state granted = 'yes'", "INSERT INTO consent_state (purpose, subject_id, granted, event_id, at_ticks) VALUES ('GenerativeTraining', 'mallory', 'yes', 1, 1);")]
    [InlineData("state granted = -1", "INSERT INTO consent_state (purpose, subject_id, granted, event_id, at_ticks) VALUES ('GenerativeTraining', 'mallory', -1, 1, 1);")]
    public void A_corrupt_row_grants_nothing_and_leaves_the_other_answers_alone(string what, string sql)
    {
        using var ledger = OpenWith("joe");
        Tamper(sql);

        Assert.False(ledger.IsGranted("mallory", Gen), what);
        Assert.False(ledger.IsGrantedAt("mallory", Gen, DateTimeOffset.MaxValue), what);
        Assert.Equal(["joe"], ledger.GetGrantedSubjects(["mallory", "joe"], Gen));
        Assert.True(ledger.IsGranted("joe", Gen));
        Assert.Empty(_db.Log.Errors);
    }

    [Theory]
    [InlineData("'yesterday'")]
    [InlineData("x'00ff'")]
    [InlineData("9223372036854775807")] // the largest tick count: a grant stamped at the end of time
    public void A_grant_with_a_corrupt_time_is_overridden_by_the_next_revocation(string corruptTime)
    {
        using var ledger = OpenWith();
        Tamper($"INSERT INTO consent_events (subject_id, purpose, kind, at_ticks, source, policy_version) VALUES ('mallory', 'GenerativeTraining', 'grant', {corruptTime}, 'x', 'v1');");

        // A grant whose time is not an instant is corrupt: not granted.
        Assert.False(ledger.IsGranted("mallory", Gen));
        Assert.Empty(ledger.GetGrantedSubjects(["mallory"], Gen));

        // A revocation recorded through the ledger is stamped now, not at the corrupt time, and wins; so does a later grant.
        var revocation = ledger.Revoke("mallory", Gen, "settings-page");
        Assert.Equal(_db.Clock.UtcNow, revocation.At);
        Assert.False(ledger.IsGranted("mallory", Gen));
        Assert.Empty(ledger.GetGrantedSubjects(["mallory"], Gen));
        Assert.False(ledger.IsGrantedAt("mallory", Gen, _db.Clock.UtcNow));
        _db.Clock.Advance(TimeSpan.FromMinutes(1));
        ledger.Grant("mallory", Gen, "settings-page", "v2");
        Assert.True(ledger.IsGranted("mallory", Gen));
        Assert.Equal(["mallory"], ledger.GetGrantedSubjects(["mallory"], Gen));
        // Rebuilding the state from the ledger ranks the corrupt row as the trigger does.
        Assert.True(ledger.VerifyCurrentState().IsConsistent);
    }

    [Theory]
    [InlineData("'yesterday'")]
    [InlineData("-1")]
    [InlineData("9223372036854775807")]
    [InlineData("1.5")]
    public void The_schema_refuses_an_event_whose_time_is_not_an_instant(string corruptTime)
    {
        using var ledger = OpenWith();
        using var raw = _db.OpenRaw();
        using var insert = raw.CreateCommand();
        insert.CommandText = $"INSERT INTO consent_events (subject_id, purpose, kind, at_ticks, source, policy_version) VALUES ('mallory', 'GenerativeTraining', 'grant', {corruptTime}, 'x', 'v1');";

        Assert.Contains("must be the UTC ticks of an instant", Assert.Throws<SqliteException>(() => insert.ExecuteNonQuery()).Message);
        Assert.Equal(0, ledger.CountEvents());
    }

    [Theory]
    [InlineData("INSERT INTO consent_events (subject_id, purpose, kind, at_ticks, source) VALUES ('mallory', 'GenerativeTraining', 'GRANT', 1, 'x');")]
    [InlineData("INSERT INTO consent_events (subject_id, purpose, kind, at_ticks, source) VALUES ('mallory', 'GenerativeTraining', 'grant', 'yesterday', 'x');")]
    public void Evidence_reads_refuse_a_corrupt_event_instead_of_misreporting_it(string sql)
    {
        using var ledger = OpenWith();
        Tamper(sql);

        var thrown = Assert.Throws<InvalidDataException>(() => ledger.GetHistory("mallory"));
        Assert.Contains("corrupt", thrown.Message);
        Assert.DoesNotContain("mallory", thrown.Message);
    }

    // ------------------------------------------------------------------ damaged files

    [Fact]
    public void A_truncated_ledger_file_never_grants_a_revoked_subject_and_refuses_writes()
    {
        var subjects = Enumerable.Range(0, 400).Select(i => $"member-{i}").ToArray();
        using (var ledger = OpenWith(subjects))
            ledger.Append(subjects.Where((_, i) => i % 2 == 1).Select(id => ConsentChange.Revoke(id, Gen, "settings-page")));
        // Closing the last connection checkpointed the WAL into the file; cut the file in half.
        Assert.False(File.Exists(_db.Path + "-wal"));
        var bytes = File.ReadAllBytes(_db.Path);
        File.WriteAllBytes(_db.Path, bytes.AsSpan(0, bytes.Length / 2).ToArray());

        using var damaged = new SqliteConsentLedger(_db.Options());
        var revoked = subjects.Where((_, i) => i % 2 == 1).ToArray();

        // Pages that survived the cut may still answer from their own rows; a revoked subject is never granted.
        Assert.DoesNotContain(revoked, id => damaged.IsGranted(id, Gen));
        Assert.Empty(damaged.GetGrantedSubjects(revoked, Gen));
        Assert.Throws<SqliteException>(() => damaged.Grant("member-400", Gen, "signup", "v1"));
        Assert.NotEmpty(_db.Log.Errors);
        Assert.All(_db.Log.Errors, e => Assert.Equal(11 /* SQLITE_CORRUPT */, ((SqliteException)e.Exception!).SqliteErrorCode));
    }

    [Fact]
    public void A_read_only_ledger_answers_reads_and_every_write_throws_and_records_nothing()
    {
        using (OpenWith("joe")) { }
        // mode=ro makes every connection read-only, as a read-only file or mount does, also for root (which ignores chmod).
        var readOnly = new SqliteConsentStoreOptions($"file:{_db.Path}?mode=ro") { Log = _db.Log, Clock = _db.Clock };
        using var ledger = new SqliteConsentLedger(readOnly);

        Assert.True(ledger.IsGranted("joe", Gen));
        var grant = Assert.Throws<SqliteException>(() => ledger.Grant("ana", Gen, "signup", "v1"));
        var revoke = Assert.Throws<SqliteException>(() => ledger.Revoke("joe", Gen, "settings-page"));
        Assert.All(new[] { grant, revoke }, e => Assert.Equal(8 /* SQLITE_READONLY */, e.SqliteErrorCode));

        Assert.True(ledger.IsGranted("joe", Gen));
        Assert.False(ledger.IsGranted("ana", Gen));
        Assert.Equal(1, ledger.CountEvents());
    }

    // ------------------------------------------------------------------ writes that fail and are retried

    [Fact]
    public void A_clock_that_fails_inside_the_write_transaction_loses_no_event_and_releases_the_lock()
    {
        using (OpenWith()) { } // the schema exists, so only writes read the failing clock below
        var clock = new FailingClock(_db.Clock, failOnRead: 2);
        var options = _db.Options();
        options.Clock = clock;
        using var ledger = SqliteConsentLedger.Open(options);
        using var other = new SqliteConsentLedger(_db.Options(busyTimeout: TimeSpan.FromSeconds(30)));

        ledger.Grant("joe", Gen, "signup", "v1");                                          // read 1
        Assert.Throws<InvalidOperationException>(() => ledger.Revoke("joe", Gen, "settings-page")); // read 2 fails, after BEGIN IMMEDIATE
        // The failed write's transaction was rolled back and its lock released: another connection writes at once.
        other.Grant("ana", Gen, "signup", "v1");
        Assert.True(ledger.IsGranted("joe", Gen));

        ledger.Revoke("joe", Gen, "settings-page");                                        // the retry

        Assert.False(ledger.IsGranted("joe", Gen));
        Assert.Equal([ConsentEventKind.Grant, ConsentEventKind.Revoke], ledger.GetHistory("joe").Select(e => e.Kind));
        Assert.Equal(3, ledger.CountEvents());
    }

    // ------------------------------------------------------------------ disposal under readers

    [Fact]
    public async Task Disposing_the_ledger_under_parallel_readers_never_throws_to_them_and_grants_nothing_after()
    {
        var ledger = OpenWith("joe");
        using var start = new Barrier(3);
        var answersAfterDispose = new ConcurrentBag<bool>();
        var disposed = 0;

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < 300; i++)
            {
                var wasDisposed = Volatile.Read(ref disposed) == 1;
                var granted = ledger.IsGranted("joe", Gen) | ledger.GetGrantedSubjects(["joe"], Gen).Count == 1;
                if (wasDisposed)
                    answersAfterDispose.Add(granted);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

        start.SignalAndWait();
        ledger.Dispose();
        Volatile.Write(ref disposed, 1);
        await Task.WhenAll(readers).WaitAsync(WrapperFaultTests.Watchdog);

        Assert.DoesNotContain(true, answersAfterDispose);
        Assert.All(_db.Log.Errors, e => Assert.IsType<ObjectDisposedException>(e.Exception));
    }

    /// <summary>A clock that throws on one read, as a time source that failed (a remote time service, a bad NTP step).</summary>
    private sealed class FailingClock(IConsentClock inner, int failOnRead) : IConsentClock
    {
        private int _reads;

        public DateTimeOffset UtcNow => Interlocked.Increment(ref _reads) == failOnRead
            ? throw new InvalidOperationException("clock unavailable")
            : inner.UtcNow;
    }
}
