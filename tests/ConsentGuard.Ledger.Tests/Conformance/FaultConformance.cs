using System;
using System.Data.Common;
using System.Linq;
using ConsentGuard.Ledger.Tests.Stores;

namespace ConsentGuard.Ledger.Tests.Conformance;

/// <summary>
/// Faults every store can meet: a lock held by someone else past the ledger's timeout (SQLite's busy timeout,
/// PostgreSQL's statement timeout), a write that fails part-way, the ledger disposed in the middle of a streamed export.
/// Reads fail closed and heal without a restart; a write either persists or throws to its writer, and a retry records it
/// exactly once. Faults only one store has are in that store's tests (PostgreSql/, and tests/ConsentGuard.Sqlite.Tests/Faults).
/// </summary>
public abstract class FaultConformance(LedgerStore store) : IDisposable
{
    private const string Gen = Purposes.GenerativeTraining;
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromSeconds(1);
    private readonly LedgerStore _store = store;

    public void Dispose() => _store.Dispose();

    private IConsentLedger OpenWith(params string[] grantedSubjects)
    {
        var ledger = _store.OpenLedger();
        ledger.Append(grantedSubjects.Select(id => ConsentChange.Grant(id, Gen, "signup", "v1")));
        return ledger;
    }

    [Fact]
    public void A_lock_held_past_the_timeout_answers_not_granted_and_the_same_ledger_heals_when_it_is_released()
    {
        // Created lazily once the setup's ledger is gone: SQLite's lock holder below needs the file to itself.
        using (OpenWith("alice")) { }
        using var ledger = _store.CreateLedger(ShortTimeout);

        using (_store.LockEverything())
        {
            Assert.False(ledger.IsGranted("alice", Gen));
            Assert.Empty(ledger.GetGrantedSubjects(["alice"], Gen));
            Assert.False(ledger.IsGrantedAt("alice", Gen, DateTimeOffset.MaxValue));
            Assert.ThrowsAny<DbException>(() => ledger.Grant("bob", Gen, "signup", "v1"));

            Assert.Equal(3, _store.Log.Errors.Count);
            Assert.All(_store.Log.Errors, e => Assert.IsAssignableFrom<DbException>(e.Exception));
            Assert.All(_store.Log.Errors, e => Assert.DoesNotContain("alice", e.Message));
        }

        Assert.True(ledger.IsGranted("alice", Gen));
        Assert.Equal(["alice"], ledger.GetGrantedSubjects(["alice", "bob"], Gen));
        Assert.False(ledger.IsGranted("bob", Gen));
    }

    [Fact]
    public void A_write_refused_by_a_lock_is_recorded_exactly_once_by_its_retry()
    {
        using (OpenWith("joe")) { }
        using var ledger = _store.CreateLedger(ShortTimeout);
        using (_store.LockEverything())
        {
            Assert.ThrowsAny<DbException>(() => ledger.Revoke("joe", Gen, "settings-page"));
            Assert.False(ledger.IsGranted("joe", Gen)); // fail closed while locked, not "still granted"
        }

        Assert.True(ledger.IsGranted("joe", Gen));
        ledger.Revoke("joe", Gen, "settings-page");

        Assert.False(ledger.IsGranted("joe", Gen));
        Assert.Equal(2, ledger.CountEvents());
        Assert.Equal([ConsentEventKind.Grant, ConsentEventKind.Revoke], ledger.GetHistory("joe").Select(e => e.Kind));
    }

    [Fact]
    public void A_batch_that_fails_part_way_records_nothing_and_its_retry_records_each_event_once()
    {
        using var ledger = OpenWith("joe");
        // The storage gives out on the third insert of the transaction, after the first rows were written.
        _store.Sql(_store.RefuseInsertsOfSql("c"));
        var changes = new[] { "a", "b", "c", "d" }.Select(id => ConsentChange.Grant(id, Gen, "import", "v1")).Append(ConsentChange.Revoke("joe", Gen, "import")).ToArray();

        var thrown = Assert.ThrowsAny<DbException>(() => ledger.Append(changes));
        Assert.Contains("no c", thrown.Message);
        Assert.Equal(1, ledger.CountEvents());
        Assert.True(ledger.IsGranted("joe", Gen));
        Assert.Empty(ledger.GetGrantedSubjects(["a", "b"], Gen));

        _store.Sql("DROP TRIGGER refuse_c" + (_store.Name == "sqlite" ? ";" : " ON consent_events;"));
        ledger.Append(changes);

        Assert.Equal(6, ledger.CountEvents());
        Assert.Equal(["a", "b", "c", "d"], ledger.GetGrantedSubjects(["a", "b", "c", "d", "joe"], Gen).Order());
        Assert.All(new[] { "a", "b", "c", "d" }, id => Assert.Single(ledger.GetHistory(id)));
        Assert.True(ledger.VerifyCurrentState().IsConsistent);
    }

    [Fact]
    public void Disposing_the_ledger_in_the_middle_of_a_stream_refuses_the_rest_of_the_stream()
    {
        var subjects = Enumerable.Range(0, 40).Select(i => $"member-{i}").ToArray();
        var ledger = OpenWith(subjects);
        var seen = 0;

        foreach (var entry in ConsentBatch.Answer(subjects, ledger, Gen, Accessor, chunkSize: 10))
        {
            if (Accessor(entry.Item, entry.Consent) is null)
                continue;
            if (++seen == 15)
                ledger.Dispose(); // half-way through the second chunk: its answer was already read
        }

        Assert.Equal(20, seen);
        Assert.Equal(2, _store.Log.Errors.Count); // chunks 3 and 4
        Assert.All(_store.Log.Errors, e => Assert.IsType<ObjectDisposedException>(e.Exception));
        Assert.ThrowsAny<ObjectDisposedException>(() => ledger.Grant("member-40", Gen, "signup", "v1"));
    }

    /// <summary>As generated: asks once, returns data only on a grant.</summary>
    private static object? Accessor(string row, IConsentProvider provider) => provider.IsGranted(row, Gen) ? row : null;
}
