using System;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Ledger.Tests.Stores;

namespace ConsentGuard.Ledger.Tests.Conformance;

/// <summary>
/// The objection ledger's contract (<see cref="IObjectionLedger"/>, issue #22), run against each durable store: notices
/// and objections as append-only events, as-of answers at the notice-day and objection boundaries, the policy provider
/// over the store per legal basis, failures that answer "not granted" rather than "nobody objected", and the training-run
/// register's "which runs already used this member before the objection". The clock starts 2026-01-01 12:00 UTC.
/// </summary>
public abstract class ObjectionConformance(LedgerStore store) : IDisposable
{
    private const string Feed = Purposes.Personalization;
    private const string Gen = Purposes.GenerativeTraining;
    private static readonly ConsentPolicy Policy = ConsentPolicy.Default.WithLegitimateInterest(Feed, "LIA-2025-07", new DateTime(2026, 1, 1));

    public void Dispose() => store.Dispose();

    private IObjectionLedger Open(IConsentLedger ledger) => (IObjectionLedger)ledger;

    private PolicyConsentProvider Provider(IObjectionRegister register, IConsentProvider? consent = null, ConsentPolicy? policy = null,
                                           ISubjectJurisdictionProvider? places = null) =>
        new(consent ?? new InMemoryConsentProvider(), policy ?? Policy, places, store.Log, register, store.Clock);

    [Fact]
    public void Notices_and_objections_are_recorded_in_order_with_the_clocks_instant_and_read_back_as_history()
    {
        using var ledger = store.OpenLedger();
        var objections = Open(ledger);
        var notices = objections.RecordNotices(new[] { "ana", "joe" }, Feed, "notice-email:2026-01");
        store.Clock.Advance(TimeSpan.FromHours(1));
        var objection = objections.Object("ana", Feed, "settings-page");
        var other = objections.RecordNotice("ana", Gen, "notice-email:2026-01");

        Assert.Equal(new[] { "ana", "joe" }, notices.Select(n => n.SubjectId));
        Assert.All(notices, n => Assert.Equal((ObjectionEventKind.Notice, Feed, new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero)), (n.Kind, n.Purpose, n.At)));
        Assert.True(notices[0].EventId < notices[1].EventId && notices[1].EventId < objection.EventId);
        Assert.Equal((ObjectionEventKind.Objection, store.Clock.UtcNow), (objection.Kind, objection.At));

        var history = objections.GetObjectionHistory("ana");
        Assert.Equal(new[] { notices[0].EventId, objection.EventId, other.EventId }, history.Select(e => e.EventId));
        Assert.Equal(new[] { "notice-email:2026-01", "settings-page", "notice-email:2026-01" }, history.Select(e => e.Source));
        Assert.Equal(new[] { notices[0].EventId, objection.EventId }, objections.GetObjectionHistory("ana", Feed).Select(e => e.EventId));
        Assert.Empty(objections.GetObjectionHistory("nobody"));
    }

    [Fact]
    public void Records_are_the_first_notice_and_the_latest_objection_as_of_the_instant()
    {
        using var ledger = store.OpenLedger();
        var objections = Open(ledger);
        var first = objections.RecordNotice("ana", Feed, "notice-email").At;
        store.Clock.Advance(TimeSpan.FromDays(1));
        objections.RecordNotice("ana", Feed, "notice-email:reminder");
        store.Clock.Advance(TimeSpan.FromDays(1));
        var objected = objections.Object("ana", Feed, "settings-page").At;
        store.Clock.Advance(TimeSpan.FromDays(1));
        var again = objections.Object("ana", Feed, "support-ticket:7").At;

        var asOfFirst = objections.GetObjectionRecords(new[] { "ana", "joe", "ana", "" }, Feed, first);
        Assert.Equal(new[] { "ana" }, asOfFirst.Keys);
        Assert.Equal((first, (DateTimeOffset?)null), (asOfFirst["ana"].NotifiedAt!.Value, asOfFirst["ana"].ObjectedAt));
        Assert.Empty(objections.GetObjectionRecords(new[] { "ana" }, Feed, first.AddTicks(-1)));
        Assert.Null(objections.GetObjectionRecords(new[] { "ana" }, Feed, objected.AddTicks(-1))["ana"].ObjectedAt);
        Assert.Equal(objected, objections.GetObjectionRecords(new[] { "ana" }, Feed, objected)["ana"].ObjectedAt);
        var now = objections.GetObjectionRecords(new[] { "ana" }, Feed, again)["ana"];
        Assert.Equal((first, again), (now.NotifiedAt!.Value, now.ObjectedAt!.Value));
        Assert.Empty(objections.GetObjectionRecords(new[] { "ana" }, Gen, again));
    }

    [Fact]
    public void A_look_up_longer_than_a_chunk_answers_for_every_subject()
    {
        using var ledger = store.OpenLedger(chunkSize: 7);
        var objections = Open(ledger);
        var ids = Enumerable.Range(0, 50).Select(i => $"m-{i:D3}").ToArray();
        objections.RecordNotices(ids, Feed, "notice-email");
        objections.RecordObjections(ids.Where((_, i) => i % 5 == 0), Feed, "import");

        var records = objections.GetObjectionRecords(ids, Feed, store.Clock.UtcNow);

        Assert.Equal(ids, records.Keys.Order());
        Assert.Equal(10, records.Values.Count(r => r.ObjectedAt is not null));
    }

    [Fact]
    public void The_provider_over_the_store_answers_per_basis_at_the_notice_day_and_objection_boundaries()
    {
        using var ledger = store.OpenLedger();
        var objections = Open(ledger);
        var consent = new InMemoryConsentProvider();
        consent.Grant("joe", Gen);
        var provider = Provider(objections, consent);
        objections.RecordNotices(new[] { "ana", "bob" }, Feed, "notice-email"); // 2026-01-01 12:00, the notice date itself

        store.Clock.UtcNow = new DateTimeOffset(2026, 1, 1, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_999);
        Assert.Equal(PolicyDecision.NotNotified, provider.Evaluate("ana", Feed));
        store.Clock.UtcNow = new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(PolicyDecision.Granted, provider.Evaluate("ana", Feed));

        objections.Object("ana", Feed, "settings-page");
        Assert.Equal(PolicyDecision.Objected, provider.Evaluate("ana", Feed));
        objections.RecordNotice("ana", Feed, "notice-email:again"); // a later notice does not undo an objection
        store.Clock.Advance(TimeSpan.FromDays(3));

        var expected = new (string Id, PolicyDecision Decision)[]
        {
            ("ana", PolicyDecision.Objected), ("bob", PolicyDecision.Granted), ("joe", PolicyDecision.NotNotified), ("nobody", PolicyDecision.NotNotified),
        };
        foreach (var (id, decision) in expected)
            Assert.Equal(decision, provider.Evaluate(id, Feed));
        Assert.Equal(expected.ToDictionary(e => e.Id, e => e.Decision), provider.EvaluateMany(expected.Select(e => e.Id).ToArray(), Feed));
        // A consent purpose ignores notices: it needs the opt-in.
        Assert.Equal((PolicyDecision.NotGranted, PolicyDecision.Granted), (provider.Evaluate("ana", Gen), provider.Evaluate("joe", Gen)));
    }

    [Fact]
    public async Task A_disposed_ledger_answers_error_for_every_subject_and_refuses_notices_and_objections()
    {
        var ledger = store.OpenLedger();
        var objections = Open(ledger);
        objections.RecordNotices(new[] { "ana", "joe" }, Feed, "notice-email");
        store.Clock.Advance(TimeSpan.FromDays(1));
        var provider = Provider(objections);
        Assert.Equal(PolicyDecision.Granted, provider.Evaluate("ana", Feed));

        ledger.Dispose();

        Assert.Equal(PolicyDecision.Error, provider.Evaluate("ana", Feed));
        Assert.Equal(PolicyDecision.Error, await provider.EvaluateAsync("ana", Feed));
        Assert.All(provider.EvaluateMany(new[] { "ana", "joe" }, Feed).Values, d => Assert.Equal(PolicyDecision.Error, d));
        Assert.Empty(provider.GetGrantedSubjects(new[] { "ana", "joe" }, Feed));
        Assert.Throws<ObjectDisposedException>(() => objections.Object("ana", Feed, "settings-page"));
        Assert.Throws<ObjectDisposedException>(() => objections.RecordNotice("bob", Feed, "notice-email"));
        Assert.Throws<ObjectDisposedException>(() => objections.GetObjectionHistory("ana"));
        Assert.NotEmpty(store.Log.Errors);
        Assert.All(store.Log.Errors, e => Assert.DoesNotContain("ana", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_locked_store_answers_error_and_recovers_when_the_lock_is_gone()
    {
        using (var seed = store.OpenLedger())
            Open(seed).RecordNotice("ana", Feed, "notice-email");
        store.Clock.Advance(TimeSpan.FromDays(1));
        // Created lazily, as in FaultConformance: its first connection is opened under the lock.
        using var ledger = store.CreateLedger(timeout: TimeSpan.FromSeconds(1));
        var provider = Provider(Open(ledger));

        using (store.LockEverything())
        {
            Assert.Equal(PolicyDecision.Error, provider.Evaluate("ana", Feed));
            Assert.ThrowsAny<Exception>(() => Open(ledger).Object("ana", Feed, "settings-page"));
        }

        Assert.Equal(PolicyDecision.Granted, provider.Evaluate("ana", Feed));
        Assert.Equal(new[] { ObjectionEventKind.Notice }, Open(ledger).GetObjectionHistory("ana").Select(e => e.Kind));
    }

    [Fact]
    public void Invalid_writes_are_refused_before_anything_is_recorded()
    {
        using var ledger = store.OpenLedger();
        var objections = Open(ledger);

        Assert.Throws<ArgumentException>(() => objections.RecordNotices(new[] { "ana", "" }, Feed, "notice-email"));
        Assert.Throws<ArgumentException>(() => objections.Object("ana", "not a purpose", "settings-page"));
        Assert.Throws<ArgumentException>(() => objections.Object("ana", Feed, " "));
        Assert.Throws<ArgumentNullException>(() => objections.RecordObjections(null!, Feed, "import"));
        Assert.Empty(objections.GetObjectionHistory("ana"));
        Assert.Empty(objections.RecordObjections(Array.Empty<string>(), Feed, "import"));
    }

    [Fact]
    public void Events_cannot_be_rewritten_or_removed()
    {
        using var ledger = store.OpenLedger();
        var objections = Open(ledger);
        objections.RecordNotice("ana", Feed, "notice-email");
        objections.Object("ana", Feed, "settings-page");

        Assert.ThrowsAny<Exception>(() => store.Sql("DELETE FROM objection_events;"));
        Assert.ThrowsAny<Exception>(() => store.Sql("UPDATE objection_events SET kind = 'notice';"));
        Assert.Equal(new[] { ObjectionEventKind.Notice, ObjectionEventKind.Objection }, objections.GetObjectionHistory("ana").Select(e => e.Kind));
    }

    [Theory]
    [InlineData(TamperedObjectionRow.KindInAnotherCase)]
    [InlineData(TamperedObjectionRow.UnknownKind)]
    [InlineData(TamperedObjectionRow.ObjectionAtTheEndOfTime)]
    [InlineData(TamperedObjectionRow.ObjectionBeforeTheStartOfTime)]
    public void A_row_written_around_the_checks_counts_as_an_objection_and_leaves_the_others_alone(TamperedObjectionRow row)
    {
        using var ledger = store.OpenLedger();
        var objections = Open(ledger);
        objections.RecordNotices(new[] { "ana", "joe" }, Feed, "notice-email");
        store.Clock.Advance(TimeSpan.FromDays(1));
        store.Sql(store.TamperedObjectionRowSql("ana", row));
        var provider = Provider(objections);

        Assert.Equal(PolicyDecision.Objected, provider.Evaluate("ana", Feed));
        Assert.Equal(PolicyDecision.Objected, provider.EvaluateMany(new[] { "ana", "joe" }, Feed)["ana"]);
        Assert.Equal(PolicyDecision.Granted, provider.Evaluate("joe", Feed));
        Assert.Throws<System.IO.InvalidDataException>(() => objections.GetObjectionHistory("ana"));
    }

    [Fact]
    public void A_notice_at_no_time_notifies_nobody()
    {
        using var ledger = store.OpenLedger();
        var objections = Open(ledger);
        objections.RecordNotice("joe", Feed, "notice-email"); // creates the schema on every store
        store.Sql(store.TamperedObjectionRowSql("ana", TamperedObjectionRow.NoticeAtNoTime));
        store.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(PolicyDecision.NotNotified, Provider(objections).Evaluate("ana", Feed));
        Assert.Equal(PolicyDecision.Granted, Provider(objections).Evaluate("joe", Feed));
    }

    [Fact]
    public void Runs_that_used_the_member_up_to_the_instant_of_the_objection_are_listed_and_later_ones_are_not()
    {
        using var ledger = store.OpenLedger();
        using var register = store.OpenRegister();
        var objections = Open(ledger);
        objections.RecordNotices(new[] { "ana", "joe" }, Feed, "notice-email");
        store.Clock.Advance(TimeSpan.FromDays(1));

        var early = register.StartRun(Feed, "ranker-v1");
        register.RecordSubjects(early.RunId, new[] { "ana", "joe" });
        store.Clock.Advance(TimeSpan.FromHours(1));
        var atTheInstant = register.StartRun(Feed, "ranker-v2");
        register.RecordSubjects(atTheInstant.RunId, new[] { "ana" });
        var otherPurpose = register.StartRun(Gen, "llm");
        register.RecordSubjects(otherPurpose.RunId, new[] { "ana" });
        var objection = objections.Object("ana", Feed, "settings-page");
        store.Clock.Advance(TimeSpan.FromSeconds(1));
        var after = register.StartRun(Feed, "ranker-v3");
        register.RecordSubjects(after.RunId, new[] { "ana" });
        store.Clock.Advance(TimeSpan.FromSeconds(1));
        objections.Object("ana", Feed, "support-ticket:7"); // only the first objection bounds the runs

        Assert.Equal(new[] { early.RunId, atTheInstant.RunId }, register.GetRunsAffectedByObjection("ana", Feed).Select(r => r.RunId));
        Assert.Empty(register.GetRunsAffectedByObjection("joe", Feed));
        Assert.Empty(register.GetRunsAffectedByObjection("ana", Gen));
        Assert.Equal(register.GetRunsAffectedByObjection("ana", Feed).Select(r => r.RunId),
            register.GetRunsAffectedByRevocation("ana", Feed, objection.At).Select(r => r.RunId));

        var impacts = register.GetObjectionImpacts(objection.At).Where(i => i.RevocationEventId == objection.EventId).ToList();
        Assert.Equal(new[] { early.RunId, atTheInstant.RunId }, impacts.Select(i => i.Run.RunId));
        Assert.All(impacts, i => Assert.Equal(("ana", objection.At), (i.SubjectId, i.RevokedAt)));
        Assert.DoesNotContain(register.GetObjectionImpacts(objection.At.AddTicks(10)), i => i.RevocationEventId == objection.EventId);
    }
}
