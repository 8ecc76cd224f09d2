using System;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Sqlite.Tests.Infrastructure;

namespace ConsentGuard.Sqlite.Tests.LegalBasis;

/// <summary>
/// The policy provider per legal basis (issue #22), on both objection registers: consent needs an opt-in; legitimate
/// interest is granted unless objected, and only for people notified on a day before the processing, after the purpose's
/// notice date. Boundaries are placed exactly with the manual clock (it starts 2026-01-01 12:00 UTC).
/// </summary>
public sealed class LegitimateInterestSemanticsTests
{
    private const string Feed = Purposes.Personalization;
    private const string Gen = Purposes.GenerativeTraining;
    private static readonly DateTime NoticeDate = new(2026, 1, 1);
    private static readonly ConsentPolicy Policy = ConsentPolicy.Default.WithLegitimateInterest(Feed, "LIA-2025-07", NoticeDate);

    public static TheoryData<string> Registers() => new(ObjectionRegisters.Names);

    private static PolicyConsentProvider Provider(ObjectionRegisters registers, InMemoryConsentProvider? consent = null, ConsentPolicy? policy = null,
                                                  ISubjectJurisdictionProvider? places = null, RecordingLog? log = null) =>
        new(consent ?? new InMemoryConsentProvider(), policy ?? Policy, places, log, registers.Register, registers.Clock);

    [Theory]
    [MemberData(nameof(Registers))]
    public void A_notified_member_is_processed_from_the_next_day_on_and_not_on_the_day_of_the_notice(string register)
    {
        using var r = new ObjectionRegisters(register);
        var provider = Provider(r);
        r.Notify("ana", Feed);                         // 2026-01-01 12:00, the notice date itself

        r.Clock.UtcNow = new DateTimeOffset(2026, 1, 1, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_999);
        Assert.Equal(PolicyDecision.NotNotified, provider.Evaluate("ana", Feed));
        r.Clock.UtcNow = new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(PolicyDecision.Granted, provider.Evaluate("ana", Feed));
        Assert.True(provider.IsGranted("ana", Feed));
    }

    [Theory]
    [MemberData(nameof(Registers))]
    public void Nobody_is_processed_on_or_before_the_purposes_notice_date_even_when_notified_earlier(string register)
    {
        using var r = new ObjectionRegisters(register);
        var provider = Provider(r, policy: ConsentPolicy.Default.WithLegitimateInterest(Feed, "LIA-2025-07", new DateTime(2026, 1, 5)));
        r.Notify("ana", Feed);                         // 2026-01-01

        r.Clock.UtcNow = new DateTimeOffset(2026, 1, 5, 23, 0, 0, TimeSpan.Zero);
        Assert.Equal(PolicyDecision.NotNotified, provider.Evaluate("ana", Feed));
        r.Clock.UtcNow = new DateTimeOffset(2026, 1, 6, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(PolicyDecision.Granted, provider.Evaluate("ana", Feed));
    }

    [Theory]
    [MemberData(nameof(Registers))]
    public void An_objection_stops_processing_from_its_instant_on(string register)
    {
        using var r = new ObjectionRegisters(register);
        var provider = Provider(r);
        r.Notify("ana", Feed);
        r.Clock.UtcNow = new DateTimeOffset(2026, 1, 3, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(PolicyDecision.Granted, provider.Evaluate("ana", Feed));

        r.Object("ana", Feed);
        var objectedAt = r.Clock.UtcNow;
        Assert.Equal(PolicyDecision.Objected, provider.Evaluate("ana", Feed));
        Assert.False(provider.IsGranted("ana", Feed));

        // As of just before the objection the register still shows none; at its instant it does.
        var before = r.Register.GetObjectionRecords(new[] { "ana" }, Feed, objectedAt.AddTicks(-1))["ana"];
        Assert.Null(before.ObjectedAt);
        Assert.Equal(objectedAt, r.Register.GetObjectionRecords(new[] { "ana" }, Feed, objectedAt)["ana"].ObjectedAt);

        // A notice after the objection does not undo it.
        r.Notify("ana", Feed);
        r.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(PolicyDecision.Objected, provider.Evaluate("ana", Feed));
    }

    [Theory]
    [MemberData(nameof(Registers))]
    public void An_unknown_or_never_notified_member_is_not_processed(string register)
    {
        using var r = new ObjectionRegisters(register);
        var provider = Provider(r);
        r.Notify("ana", Gen);                          // a notice for another purpose
        r.Clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(PolicyDecision.NotNotified, provider.Evaluate("nobody", Feed));
        Assert.Equal(PolicyDecision.NotNotified, provider.Evaluate("ana", Feed));
    }

    [Theory]
    [MemberData(nameof(Registers))]
    public void Consent_purposes_still_need_an_opt_in_and_ignore_notices(string register)
    {
        using var r = new ObjectionRegisters(register);
        var consent = new InMemoryConsentProvider();
        consent.Grant("joe", Gen);
        var provider = Provider(r, consent);
        r.Notify("ana", Gen);
        r.Notify("ana", Feed);
        r.Clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(PolicyDecision.NotGranted, provider.Evaluate("ana", Gen));
        Assert.Equal(PolicyDecision.Granted, provider.Evaluate("joe", Gen));
        // And an opt-in does not replace the notice on legitimate interest.
        Assert.Equal(PolicyDecision.NotNotified, provider.Evaluate("joe", Feed));
        Assert.Equal(PolicyDecision.Granted, provider.Evaluate("ana", Feed));
    }

    [Theory]
    [MemberData(nameof(Registers))]
    public async Task Jurisdictions_can_require_consent_or_exclude_and_the_batch_answers_as_the_single_look_up(string register)
    {
        using var r = new ObjectionRegisters(register);
        var consent = new InMemoryConsentProvider();
        var places = new InMemorySubjectJurisdictionProvider();
        foreach (var (id, place) in new[] { ("hans", "DE"), ("marie", "FR"), ("claire", "fr-idf"), ("joe", "US"), ("kim", "KR"), ("nobody-knows", null), ("objector", "DE") })
        {
            places.Set(id, place);
            r.Notify(id, Feed);
        }
        consent.Grant("claire", Feed);
        r.Object("objector", Feed);
        var policy = Policy.RequireConsentIn(Feed, "FR").ExcludeJurisdictions(Feed, "KR");
        var provider = Provider(r, consent, policy, places);
        r.Clock.Advance(TimeSpan.FromDays(1));

        var expected = new (string Id, PolicyDecision Decision)[]
        {
            ("hans", PolicyDecision.Granted),                   // legitimate interest, notified
            ("marie", PolicyDecision.NotGranted),               // France asks for consent; none given
            ("claire", PolicyDecision.Granted),                 // a French region; consent given
            ("joe", PolicyDecision.Granted),
            ("kim", PolicyDecision.ExcludedByJurisdiction),
            ("nobody-knows", PolicyDecision.UnknownJurisdiction), // the purpose has exclusions: unknown is refused
            ("objector", PolicyDecision.Objected),
        };
        foreach (var (id, decision) in expected)
        {
            Assert.Equal(decision, provider.Evaluate(id, Feed));
            Assert.Equal(decision, await provider.EvaluateAsync(id, Feed));
        }
        var batch = provider.EvaluateMany(expected.Select(e => e.Id).ToArray(), Feed);
        Assert.Equal(expected.ToDictionary(e => e.Id, e => e.Decision), batch);
        Assert.Equal(new[] { "claire", "hans", "joe" }, provider.GetGrantedSubjects(expected.Select(e => e.Id).ToArray(), Feed).Order());
    }

    [Theory]
    [MemberData(nameof(Registers))]
    public void Without_exclusions_an_unknown_jurisdiction_falls_back_to_consent(string register)
    {
        using var r = new ObjectionRegisters(register);
        var places = new InMemorySubjectJurisdictionProvider();
        r.Notify("nobody-knows", Feed);
        r.Notify("hans", Feed);
        places.Set("hans", "DE");
        var provider = Provider(r, policy: Policy.RequireConsentIn(Feed, "FR"), places: places);
        r.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(PolicyDecision.NotGranted, provider.Evaluate("nobody-knows", Feed));
        Assert.Equal(PolicyDecision.Granted, provider.Evaluate("hans", Feed));
    }

    [Fact]
    public void A_policy_that_needs_an_objection_register_or_jurisdictions_refuses_to_start_without_them()
    {
        var consent = new InMemoryConsentProvider();
        Assert.Throws<ArgumentException>(() => new PolicyConsentProvider(consent, Policy));
        Assert.Throws<ArgumentException>(() => new PolicyConsentProvider(consent, Policy.RequireConsentIn(Feed, "FR"), objections: new InMemoryObjectionRegister()));
        Assert.Throws<ArgumentException>(() => ConsentPolicy.Default.WithLegitimateInterest(Feed, " ", NoticeDate));
        Assert.Throws<ArgumentException>(() => Policy.RequireConsentIn(Feed, "France"));
        // Requiring consent in a place for a purpose on consent anyway changes nothing and needs no jurisdictions.
        Assert.Equal(PolicyDecision.NotGranted, new PolicyConsentProvider(consent, ConsentPolicy.Default.RequireConsentIn(Gen, "FR")).Evaluate("ana", Gen));
    }
}
