using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Ledger.Tests.Stores;
using ConsentGuard.PostgreSql;
using Npgsql;

namespace ConsentGuard.Ledger.Tests.PostgreSql;

/// <summary>
/// What only the PostgreSQL ledger has to show: several instances on one database, faults of a server and its
/// connections (a backend terminated in the middle of a statement, the server restarted, a query cancelled by its
/// caller), the schema's versions, and the COPY import.
/// </summary>
public sealed class PostgreSqlLedgerTests : IDisposable
{
    private const string Gen = Purposes.GenerativeTraining;
    private readonly PostgreSqlLedgerStore _store = new();

    public void Dispose() => _store.Dispose();

    private PostgreSqlConsentLedger Open(TimeSpan? timeout = null, int? chunkSize = null) =>
        PostgreSqlConsentLedger.Open(_store.Options(chunkSize, timeout));

    [Fact]
    public void A_revocation_on_one_instance_is_seen_by_every_other_at_once()
    {
        using var web = Open();
        using var exporter = Open();
        web.Grant("alice", Gen, "settings-page", "v1");
        Assert.True(exporter.IsGranted("alice", Gen));
        Assert.Equal(["alice"], exporter.GetGrantedSubjects(["alice"], Gen));

        web.Revoke("alice", Gen, "settings-page");

        // No cache: the very next check on the other instance reads the committed revocation.
        Assert.False(exporter.IsGranted("alice", Gen));
        Assert.Empty(exporter.GetGrantedSubjects(["alice"], Gen));
    }

    [Fact]
    public async Task A_connection_terminated_in_the_middle_of_a_batched_look_up_answers_none_and_the_next_look_up_is_whole()
    {
        var ids = Enumerable.Range(0, 3000).Select(i => $"m{i}").ToArray();
        using var ledger = Open(timeout: TimeSpan.FromSeconds(30));
        ledger.Append(ids.Select(id => ConsentChange.Grant(id, Gen, "import", "v1")));

        System.Collections.Generic.ISet<string>? answer;
        using (_store.LockEverything())
        {
            // The look-up blocks on the lock, in the middle of its statement; then its backend is terminated, as a
            // failover, an administrator or an idle-connection killer would.
            var lookUp = Task.Factory.StartNew(() => ledger.GetGrantedSubjects(ids, Gen), TaskCreationOptions.LongRunning);
            TerminateWhenWaiting();
            answer = await lookUp.WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.Empty(answer);
        var error = Assert.Single(_store.Log.Errors);
        Assert.Contains("GetGrantedSubjects", error.Message);
        // The same ledger, on a fresh pooled connection, answers in full.
        Assert.Equal(3000, ledger.GetGrantedSubjects(ids, Gen).Count);
    }

    [Fact]
    public async Task A_write_whose_connection_is_terminated_records_nothing_and_its_retry_records_it_once()
    {
        using var ledger = Open(timeout: TimeSpan.FromSeconds(30));
        ledger.Grant("joe", Gen, "signup", "v1");
        var changes = new[] { ConsentChange.Revoke("joe", Gen, "settings-page"), ConsentChange.Grant("ana", Gen, "signup", "v1") };

        using (_store.LockEverything())
        {
            var write = Task.Factory.StartNew(() => ledger.Append(changes), TaskCreationOptions.LongRunning);
            TerminateWhenWaiting();
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => write.WaitAsync(TimeSpan.FromSeconds(30)));
        }

        Assert.Equal(1, ledger.CountEvents());
        Assert.True(ledger.IsGranted("joe", Gen));
        ledger.Append(changes);
        Assert.Equal(3, ledger.CountEvents());
        Assert.False(ledger.IsGranted("joe", Gen));
        Assert.True(ledger.IsGranted("ana", Gen));
        Assert.True(ledger.VerifyCurrentState().IsConsistent);
    }

    [Fact]
    public async Task The_callers_cancellation_stops_a_check_waiting_on_the_server_at_once_and_is_not_logged()
    {
        using var ledger = Open(timeout: TimeSpan.FromSeconds(30));
        ledger.Grant("alice", Gen, "signup", "v1");
        using var cancel = new CancellationTokenSource();

        var watch = Stopwatch.StartNew();
        using (_store.LockEverything())
        {
            cancel.CancelAfter(TimeSpan.FromMilliseconds(300));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ledger.IsGrantedAsync("alice", Gen, cancel.Token).AsTask());
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"cancelled after {watch.Elapsed}, not at once");
        Assert.Empty(_store.Log.Errors);
        Assert.True(await ledger.IsGrantedAsync("alice", Gen));
    }

    [Fact]
    public void A_statement_past_the_command_timeout_is_cancelled_on_the_server_and_answers_not_granted()
    {
        using var ledger = Open(timeout: TimeSpan.FromSeconds(1));
        ledger.Grant("alice", Gen, "signup", "v1");

        using (_store.LockEverything())
            Assert.False(ledger.IsGranted("alice", Gen));

        var error = Assert.Single(_store.Log.Errors);
        Assert.IsAssignableFrom<NpgsqlException>(error.Exception);
        Assert.IsType<TimeoutException>(error.Exception!.InnerException);
        Assert.True(ledger.IsGranted("alice", Gen));
    }

    [Fact]
    public void A_server_restart_never_grants_a_revoked_subject_and_the_same_ledger_recovers_without_a_restart_of_its_own()
    {
        using var server = PostgresServer.StartPrivate();
        using var store = new PostgreSqlLedgerStore(server);
        using var ledger = PostgreSqlConsentLedger.Open(store.Options(timeout: TimeSpan.FromSeconds(5)));
        ledger.Grant("alice", Gen, "signup", "v1");
        ledger.Grant("bob", Gen, "signup", "v1");
        ledger.Revoke("bob", Gen, "settings-page");
        Assert.True(ledger.IsGranted("alice", Gen)); // the pool now holds connections the restart will break

        server.Restart();

        // The first use of each broken pooled connection fails (closed, logged); no answer is ever a wrong grant.
        var answers = Enumerable.Range(0, 5).Select(_ => (Alice: ledger.IsGranted("alice", Gen), Bob: ledger.GetGrantedSubjects(["bob"], Gen).Count)).ToList();
        Assert.All(answers, a => Assert.Equal(0, a.Bob));
        Assert.True(answers[^1].Alice, "the ledger did not recover after the restart");
        Assert.All(store.Log.Errors, e => Assert.IsAssignableFrom<Exception>(e.Exception));
        // What was committed before the restart survived it, and writes work again.
        ledger.Revoke("alice", Gen, "settings-page");
        Assert.False(ledger.IsGranted("alice", Gen));
        Assert.Equal(4, ledger.CountEvents());
    }

    [Fact]
    public void An_unreachable_server_fails_the_eager_open_and_answers_not_granted()
    {
        var options = new PostgreSqlConsentStoreOptions("Host=127.0.0.1;Port=1;Username=nobody;Database=none") { Log = _store.Log };

        Assert.ThrowsAny<NpgsqlException>(() => PostgreSqlConsentLedger.Open(options));
        using var ledger = new PostgreSqlConsentLedger(options);
        Assert.False(ledger.IsGranted("alice", Gen));
        Assert.Empty(ledger.GetGrantedSubjects(["alice"], Gen));
        Assert.ThrowsAny<NpgsqlException>(() => ledger.Grant("alice", Gen, "signup", "v1"));
        Assert.Equal(2, _store.Log.Errors.Count);
        Assert.All(_store.Log.Errors, e => Assert.DoesNotContain("nobody", e.Message));
    }

    [Fact]
    public void A_schema_from_a_newer_version_is_neither_read_nor_written()
    {
        using (var current = Open())
            current.Grant("alice", Gen, "signup", "v1");
        _store.Sql("INSERT INTO schema_version VALUES (99, 'from the future', now());");
        using var ledger = new PostgreSqlConsentLedger(_store.Options());

        Assert.False(ledger.IsGranted("alice", Gen));
        Assert.Throws<NotSupportedException>(() => ledger.Grant("bob", Gen, "signup", "v1"));
        Assert.Contains("schema version 99", Assert.Single(_store.Log.Errors).Exception!.Message);
    }

    [Fact]
    public void Migrations_create_the_schema_once_and_a_version_1_schema_gains_the_register()
    {
        using (var v1 = new PostgreSqlConsentLedger(_store.Options(), schemaVersion: 1))
            v1.Grant("alice", Gen, "signup", "v1");
        Assert.Equal(1, Convert.ToInt32(_store.Scalar("SELECT max(version) FROM schema_version;")));

        using var register = new PostgreSqlTrainingRunRegister(_store.Options());
        var run = register.StartRun(Gen, "llm");
        register.RecordSubjects(run.RunId, ["alice"]);
        using var ledger = Open();

        Assert.True(ledger.IsGranted("alice", Gen));
        Assert.Equal(_store.LatestSchemaVersion, Convert.ToInt32(_store.Scalar("SELECT count(*) FROM schema_version;")));
        Assert.Contains(_store.Log.Entries, e => e.Message.Contains($"from schema version 1 to {_store.LatestSchemaVersion}"));
    }

    [Fact]
    public void A_version_2_schema_gains_the_objection_ledger_and_keeps_its_events()
    {
        using (var v2 = new PostgreSqlConsentLedger(_store.Options(), schemaVersion: 2))
            v2.Grant("alice", Gen, "signup", "v1");
        Assert.Equal(0, Convert.ToInt32(_store.Scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'objection_events';")));

        using var ledger = Open();
        ledger.RecordNotice("alice", Purposes.Personalization, "notice-email");

        Assert.True(ledger.IsGranted("alice", Gen));
        Assert.Equal(ObjectionEventKind.Notice, Assert.Single(ledger.GetObjectionHistory("alice")).Kind);
        Assert.Contains(_store.Log.Entries, e => e.Message.Contains("from schema version 2 to 3"));
    }

    [Fact]
    public void A_look_up_longer_than_a_chunk_sends_every_chunk_in_one_round_trip()
    {
        using var ledger = Open(chunkSize: 100);
        var ids = Enumerable.Range(0, 450).Select(i => $"m{i}").ToArray();
        ledger.Append(ids.Where((_, i) => i % 3 == 0).Select(id => ConsentChange.Grant(id, Gen, "import", "v1")));

        var granted = ledger.GetGrantedSubjects(ids, Gen);

        Assert.Equal(150, granted.Count);
        Assert.Equal(5, ledger.BatchStatementCount);
        Assert.Equal(1, ledger.BatchRoundTripCount);
    }

    [Fact]
    public void The_copy_import_records_what_append_would_in_order_with_the_state_derived_from_it()
    {
        using var ledger = Open();
        ledger.Grant("m0", Gen, "signup", "v1");
        _store.Clock.Advance(TimeSpan.FromMinutes(1));
        var changes = Enumerable.Range(0, 2000).SelectMany(i => i % 4 == 0
            ? new[] { ConsentChange.Grant($"m{i}", Gen, "import", "v2"), ConsentChange.Revoke($"m{i}", Gen, "import") }
            : new[] { ConsentChange.Grant($"m{i}", Gen, "import", "v2") }).ToList();

        Assert.Equal(changes.Count, ledger.Import(changes));

        Assert.Equal(changes.Count + 1, ledger.CountEvents());
        var granted = ledger.GetGrantedSubjects(Enumerable.Range(0, 2000).Select(i => $"m{i}").ToArray(), Gen);
        Assert.Equal(1500, granted.Count);
        Assert.DoesNotContain("m0", granted); // imported grant then revoke: the later one wins
        Assert.Equal([ConsentEventKind.Grant, ConsentEventKind.Grant, ConsentEventKind.Revoke], ledger.GetHistory("m0").Select(e => e.Kind));
        Assert.All(ledger.GetHistory("m4"), e => Assert.Equal(_store.Clock.UtcNow, e.At));
        Assert.True(ledger.VerifyCurrentState().IsConsistent);
        Assert.Throws<ArgumentException>(() => ledger.Import([ConsentChange.Grant("nul\0", Gen, "import", "v1")]));
        Assert.Equal(changes.Count + 1, ledger.CountEvents());
    }

    [Fact]
    public void Options_refuse_bad_values_and_log_names_never_carry_the_password()
    {
        Assert.Throws<ArgumentException>(() => new PostgreSqlConsentStoreOptions(" "));
        Assert.Throws<ArgumentException>(() => new PostgreSqlConsentLedger(new PostgreSqlConsentStoreOptions("Host=x") { Schema = "Robert'); DROP" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PostgreSqlConsentLedger(new PostgreSqlConsentStoreOptions("Host=x") { BatchChunkSize = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PostgreSqlConsentLedger(new PostgreSqlConsentStoreOptions("Host=x") { CommandTimeout = TimeSpan.Zero }));
        Assert.Equal("db.example/consent/consentguard", new PostgreSqlConsentStoreOptions("Host=db.example;Database=consent;Username=u;Password=secret").DisplayName);
    }

    /// <summary>Waits until one of this test's ledger connections waits on a lock, then terminates its backend.</summary>
    private void TerminateWhenWaiting()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var terminated = _store.Scalar(
                $"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '{_store.ApplicationName}' AND wait_event_type = 'Lock';");
            if (Convert.ToInt64(terminated) > 0)
                return;
            Thread.Sleep(20);
        }
        throw new TimeoutException("no ledger connection was seen waiting on the lock");
    }
}
