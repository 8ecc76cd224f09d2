using System;
using System.Linq;
using ConsentGuard.Ledger.Tests.Stores;
using ConsentGuard.Sqlite.Tests.Infrastructure;

namespace ConsentGuard.Ledger.Tests.Conformance;

/// <summary>
/// What every durable ledger promises (<see cref="IConsentLedger"/>), written once and run against each store
/// (<see cref="Stores"/> at the bottom of this folder): the order of events, as-of answers at the boundaries, batched
/// look-ups, the state derived from the events and verifiable against them, append-only events, all-or-nothing appends.
/// </summary>
public abstract class LedgerConformance : IDisposable
{
    private const string Gen = Purposes.GenerativeTraining;
    private readonly LedgerStore _store;
    private readonly IConsentLedger _ledger;

    protected LedgerConformance(LedgerStore store)
    {
        _store = store;
        _ledger = store.OpenLedger();
    }

    public void Dispose()
    {
        _ledger.Dispose();
        _store.Dispose();
    }

    [Fact]
    public void Nothing_is_granted_until_a_grant_is_recorded()
    {
        Assert.False(_ledger.IsGranted("alice", Gen));
        Assert.False(_ledger.IsGranted("", Gen));
        Assert.False(_ledger.IsGranted("alice", ""));
        Assert.False(_ledger.IsGranted(null!, Gen));
        Assert.Empty(_ledger.GetGrantedSubjects(new[] { "alice", "bob" }, Gen));
    }

    [Fact]
    public void Grant_revoke_and_regrant_change_the_current_state_in_order()
    {
        _ledger.Grant("alice", Gen, "settings-page", "policy-2026-01");
        Assert.True(_ledger.IsGranted("alice", Gen));

        _store.Clock.Advance(TimeSpan.FromMinutes(1));
        _ledger.Revoke("alice", Gen, "settings-page");
        Assert.False(_ledger.IsGranted("alice", Gen));

        _store.Clock.Advance(TimeSpan.FromMinutes(1));
        _ledger.Grant("alice", Gen, "settings-page", "policy-2026-02");
        Assert.True(_ledger.IsGranted("alice", Gen));
    }

    [Fact]
    public void Consent_is_per_purpose_and_per_subject()
    {
        _ledger.Grant("alice", Purposes.Personalization, "signup", "v1");

        Assert.True(_ledger.IsGranted("alice", Purposes.Personalization));
        Assert.False(_ledger.IsGranted("alice", Gen));
        Assert.False(_ledger.IsGranted("bob", Purposes.Personalization));
        // Ordinal: ids and purposes are not case-folded into someone else's consent.
        Assert.False(_ledger.IsGranted("Alice", Purposes.Personalization));
        Assert.False(_ledger.IsGranted("alice", "personalization"));
    }

    [Fact]
    public void Every_event_is_recorded_with_its_fields_and_increasing_ids()
    {
        var grant = _ledger.Grant("alice", Gen, "signup", "policy-7");
        _store.Clock.Advance(TimeSpan.FromSeconds(5));
        var revoke = _ledger.Revoke("alice", Gen, "support-ticket:42");

        Assert.Equal(ConsentEventKind.Grant, grant.Kind);
        Assert.Equal(ManualClock.Start, grant.At);
        Assert.Equal("policy-7", grant.PolicyVersion);
        Assert.True(revoke.EventId > grant.EventId);
        Assert.Equal(ManualClock.Start.AddSeconds(5), revoke.At);
        Assert.Null(revoke.PolicyVersion);

        var history = _ledger.GetHistory("alice", Gen);
        Assert.Equal(new[] { grant.EventId, revoke.EventId }, history.Select(e => e.EventId));
        Assert.Equal(new[] { "signup", "support-ticket:42" }, history.Select(e => e.Source));
        Assert.Equal(new[] { ConsentEventKind.Grant, ConsentEventKind.Revoke }, history.Select(e => e.Kind));
    }

    [Fact]
    public void A_revocation_without_a_grant_is_recorded_and_grants_nothing()
    {
        _ledger.Revoke("bob", Gen, "privacy-center");

        Assert.Equal(1, _ledger.CountEvents());
        Assert.False(_ledger.IsGranted("bob", Gen));
        Assert.Single(_ledger.GetHistory("bob"));
    }

    [Fact]
    public void Repeated_grants_are_each_recorded()
    {
        _ledger.Grant("alice", Gen, "signup", "v1");
        _ledger.Grant("alice", Gen, "re-consent-banner", "v2");

        Assert.Equal(2, _ledger.CountEvents());
        Assert.Equal("v2", _ledger.GetHistory("alice").Last().PolicyVersion);
    }

    [Fact]
    public void As_of_queries_take_each_event_into_effect_exactly_at_its_instant()
    {
        var t1 = _store.Clock.UtcNow;
        _ledger.Grant("alice", Gen, "signup", "v1");
        var t2 = _store.Clock.Advance(TimeSpan.FromHours(1));
        _ledger.Revoke("alice", Gen, "settings-page");
        var t3 = _store.Clock.Advance(TimeSpan.FromHours(1));
        _ledger.Grant("alice", Gen, "settings-page", "v2");
        var tick = TimeSpan.FromTicks(1);

        Assert.False(_ledger.IsGrantedAt("alice", Gen, t1 - tick));
        Assert.True(_ledger.IsGrantedAt("alice", Gen, t1));
        Assert.True(_ledger.IsGrantedAt("alice", Gen, t2 - tick));
        Assert.False(_ledger.IsGrantedAt("alice", Gen, t2));
        Assert.False(_ledger.IsGrantedAt("alice", Gen, t3 - tick));
        Assert.True(_ledger.IsGrantedAt("alice", Gen, t3));
        Assert.True(_ledger.IsGrantedAt("alice", Gen, DateTimeOffset.MaxValue));
        Assert.False(_ledger.IsGrantedAt("alice", Purposes.Analytics, t3));
        Assert.False(_ledger.IsGrantedAt("bob", Gen, t3));
    }

    [Fact]
    public void As_of_queries_compare_instants_not_their_offsets()
    {
        _ledger.Grant("alice", Gen, "signup", "v1");
        var sameInstantInParis = _store.Clock.UtcNow.ToOffset(TimeSpan.FromHours(1));

        Assert.True(_ledger.IsGrantedAt("alice", Gen, sameInstantInParis));
        Assert.False(_ledger.IsGrantedAt("alice", Gen, sameInstantInParis.AddTicks(-1)));
    }

    [Fact]
    public void Of_two_events_at_the_same_instant_the_later_appended_wins()
    {
        _ledger.Grant("alice", Gen, "signup", "v1");
        _ledger.Revoke("alice", Gen, "settings-page");

        Assert.False(_ledger.IsGranted("alice", Gen));
        Assert.False(_ledger.IsGrantedAt("alice", Gen, _store.Clock.UtcNow));
    }

    [Fact]
    public void A_clock_that_steps_back_cannot_reorder_a_pairs_events()
    {
        _ledger.Grant("alice", Gen, "signup", "v1");
        var granted = _store.Clock.UtcNow;
        _store.Clock.Advance(TimeSpan.FromMinutes(-10));

        var revoke = _ledger.Revoke("alice", Gen, "settings-page");

        // Stamped with the pair's latest instant, so the revocation still comes after the grant.
        Assert.Equal(granted, revoke.At);
        Assert.False(_ledger.IsGranted("alice", Gen));
        Assert.False(_ledger.IsGrantedAt("alice", Gen, granted));
        // Other pairs are stamped with the clock as it is.
        Assert.Equal(_store.Clock.UtcNow, _ledger.Grant("bob", Gen, "signup", "v1").At);
    }

    [Fact]
    public void Batched_look_ups_return_exactly_the_granted_subjects_across_chunks()
    {
        var ids = Enumerable.Range(0, 1234).Select(i => $"member-{i}").ToArray();
        _ledger.Append(ids.Where((_, i) => i % 3 == 0).Select(id => ConsentChange.Grant(id, Gen, "import", "v1")));
        _ledger.Append(ids.Where((_, i) => i % 6 == 0).Select(id => ConsentChange.Revoke(id, Gen, "import")));
        _ledger.Grant("member-1", Purposes.Analytics, "signup", "v1");
        var asked = ids.Concat(new[] { "member-0", "member-3", "", null!, "stranger" }).ToArray();

        var granted = _ledger.GetGrantedSubjects(asked, Gen);

        var expected = ids.Where((_, i) => i % 3 == 0 && i % 6 != 0).ToHashSet();
        Assert.Equal(expected.OrderBy(x => x), granted.OrderBy(x => x));
    }

    [Fact]
    public void Batched_look_ups_find_ids_with_any_characters()
    {
        // Quotes, backslashes, control and non-ASCII characters must survive the trip to the store and back.
        var odd = new[] { "quote\"d", "back\\slash", "tab\tnew\nline", "\u0001", "émoji-🙂", "[\"json\"]", "   ", "'; DROP TABLE consent_events; --" };
        _ledger.Append(odd.Select(id => ConsentChange.Grant(id, Gen, "import", "v1")));

        var granted = _ledger.GetGrantedSubjects(odd.Append("quote").Append("back\\").ToArray(), Gen);

        Assert.Equal(odd.OrderBy(x => x, StringComparer.Ordinal), granted.OrderBy(x => x, StringComparer.Ordinal));
    }

    [Fact]
    public void An_id_with_a_nul_character_is_recorded_where_the_store_can_hold_it_and_never_spoils_a_batch()
    {
        var nul = "nul\0byte";
        _ledger.Grant("joe", Gen, "signup", "v1");
        if (_store.StoresNulCharacters)
            _ledger.Grant(nul, Gen, "import", "v1");
        else
            Assert.Throws<ArgumentException>(() => _ledger.Grant(nul, Gen, "import", "v1"));

        var expected = _store.StoresNulCharacters ? new[] { "joe", nul } : new[] { "joe" };
        Assert.Equal(expected.Order(StringComparer.Ordinal), _ledger.GetGrantedSubjects([nul, "joe"], Gen).Order(StringComparer.Ordinal));
        Assert.Equal(_store.StoresNulCharacters, _ledger.IsGranted(nul, Gen));
        Assert.Empty(_store.Log.Errors);
    }

    [Fact]
    public void Batched_look_ups_run_one_query_per_chunk_of_distinct_ids()
    {
        using var ledger = _store.OpenLedger(chunkSize: 500);
        var ids = Enumerable.Range(0, 1001).Select(i => $"m{i}").ToList();
        ids.AddRange(ids.Take(300)); // duplicates are asked about once
        ledger.Append(ids.Take(1001).Where((_, i) => i % 2 == 0).Select(id => ConsentChange.Grant(id, Gen, "import", "v1")));

        var granted = ledger.GetGrantedSubjects(ids, Gen);

        Assert.Equal(3, _store.BatchStatements(ledger));
        Assert.Equal(501, granted.Count);
    }

    [Fact]
    public void The_state_table_agrees_with_the_ledger_after_any_sequence_of_events()
    {
        for (var i = 0; i < 40; i++)
        {
            var subject = $"s{i % 7}";
            var purpose = i % 2 == 0 ? Gen : Purposes.Personalization;
            if (i % 3 == 0)
                _ledger.Revoke(subject, purpose, "test");
            else
                _ledger.Grant(subject, purpose, "test", "v1");
            if (i % 5 == 0)
                _store.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var verification = _ledger.VerifyCurrentState();

        Assert.True(verification.IsConsistent, string.Join("; ", verification.Mismatches));
        Assert.Equal(40, verification.EventCount);
        Assert.Equal(14, verification.PairCount);
    }

    [Fact]
    public void Verification_finds_a_tampered_state_table_and_rebuilding_restores_it_from_the_ledger()
    {
        _ledger.Grant("alice", Gen, "signup", "v1");
        _ledger.Revoke("bob", Gen, "signup");
        // A silent opt-in written straight into the fast path, bypassing the ledger.
        _store.Sql($"UPDATE consent_state SET {_store.GrantedStateValue} WHERE subject_id = 'bob'; " +
                   _store.ForgeGrantedStateSql("mallory", Gen) +
                   "DELETE FROM consent_state WHERE subject_id = 'alice';");

        var found = _ledger.VerifyCurrentState();
        Assert.Equal(new[] { "alice", "bob", "mallory" }, found.Mismatches.Select(m => m.SubjectId).OrderBy(s => s));
        var mallory = found.Mismatches.Single(m => m.SubjectId == "mallory");
        Assert.Null(mallory.LedgerGranted);
        Assert.True(mallory.StateGranted);

        _ledger.RebuildCurrentState();

        Assert.True(_ledger.VerifyCurrentState().IsConsistent);
        Assert.True(_ledger.IsGranted("alice", Gen));
        Assert.False(_ledger.IsGranted("bob", Gen));
        Assert.False(_ledger.IsGranted("mallory", Gen));
    }

    [Theory]
    [InlineData("UPDATE consent_events SET kind = 'grant';")]
    [InlineData("DELETE FROM consent_events;")]
    public void The_ledger_refuses_to_rewrite_or_remove_events(string sql)
    {
        _ledger.Revoke("alice", Gen, "settings-page");

        var error = Assert.ThrowsAny<System.Data.Common.DbException>(() => _store.Sql(sql));

        Assert.Contains("append-only", error.Message);
        Assert.Equal(1, _ledger.CountEvents());
        Assert.False(_ledger.IsGranted("alice", Gen));
    }

    [Fact]
    public void Appending_many_is_all_or_nothing()
    {
        _ledger.Grant("alice", Gen, "signup", "v1");
        // Make the second insert of the batch fail inside the transaction.
        _store.Sql(_store.RefuseInsertsOfSql("bob"));

        Assert.ThrowsAny<System.Data.Common.DbException>(() => _ledger.Append(new[]
        {
            ConsentChange.Grant("carol", Gen, "import", "v1"),
            ConsentChange.Grant("bob", Gen, "import", "v1"),
        }));

        Assert.Equal(1, _ledger.CountEvents());
        Assert.False(_ledger.IsGranted("carol", Gen));
    }

    [Fact]
    public void Consent_survives_reopening_the_store()
    {
        _ledger.Grant("alice", Gen, "signup", "v1");
        _ledger.Dispose();

        using var reopened = _store.OpenLedger();

        Assert.True(reopened.IsGranted("alice", Gen));
        Assert.Equal(1, reopened.CountEvents());
    }

    [Theory]
    [InlineData("", Gen, "src", "v1", "subjectId")]
    [InlineData("alice", "", "src", "v1", "purpose")]
    [InlineData("alice", "Generative Training", "src", "v1", "purpose")]
    [InlineData("alice", "1stPurpose", "src", "v1", "purpose")]
    [InlineData("alice", Gen, " ", "v1", "source")]
    [InlineData("alice", Gen, "src", "", "policyVersion")]
    public void A_malformed_grant_is_refused_before_anything_is_written(string subject, string purpose, string source, string policy, string parameter)
    {
        var error = Assert.Throws<ArgumentException>(() => _ledger.Grant(subject, purpose, source, policy));

        Assert.Equal(parameter, error.ParamName);
        Assert.Equal(0, _ledger.CountEvents());
    }

    [Fact]
    public void A_custom_purpose_name_is_accepted()
    {
        _ledger.Grant("alice", "FraudDetection", "signup", "v1");

        Assert.True(_ledger.IsGranted("alice", "FraudDetection"));
    }

    [Fact]
    public async System.Threading.Tasks.Task The_async_check_gives_the_same_answer()
    {
        _ledger.Grant("alice", Gen, "signup", "v1");

        Assert.True(await _ledger.IsGrantedAsync("alice", Gen));
        Assert.False(await _ledger.IsGrantedAsync("bob", Gen));
    }

    [Fact]
    public void The_async_check_honours_the_callers_cancellation()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => _ledger.IsGrantedAsync("alice", Gen, cancelled.Token).AsTask().GetAwaiter().GetResult());
    }
}
