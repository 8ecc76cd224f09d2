using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Sqlite.Tests.Infrastructure;

namespace ConsentGuard.Sqlite.Tests;

public sealed class PolicyTests
{
    private const string Gen = Purposes.GenerativeTraining;
    private static readonly ConsentPolicy NoGenerativeTrainingInEurope =
        ConsentPolicy.Default.ExcludeJurisdictions(Gen, Jurisdictions.EeaAndSwitzerland);

    private readonly InMemoryConsentProvider _consent = new();
    private readonly InMemorySubjectJurisdictionProvider _places = new();
    private readonly RecordingLog _log = new();

    public PolicyTests()
    {
        foreach (var (id, place) in new[] { ("hans", "DE"), ("ola", "NO"), ("heidi", "CH"), ("joe", "US"), ("ana", "us-ca"), ("eleni", "GR"), ("nobody-knows", null) })
        {
            _consent.Grant(id, Gen);
            _consent.Grant(id, Purposes.Personalization);
            _places.Set(id, place);
        }
    }

    private PolicyConsentProvider Provider(ConsentPolicy? policy = null, IConsentProvider? inner = null, ISubjectJurisdictionProvider? places = null) =>
        new(inner ?? _consent, policy ?? NoGenerativeTrainingInEurope, places ?? _places, _log);

    [Theory]
    [InlineData("hans", PolicyDecision.ExcludedByJurisdiction)]   // EU
    [InlineData("ola", PolicyDecision.ExcludedByJurisdiction)]    // EEA, not EU
    [InlineData("heidi", PolicyDecision.ExcludedByJurisdiction)]  // Switzerland
    [InlineData("eleni", PolicyDecision.ExcludedByJurisdiction)]
    [InlineData("joe", PolicyDecision.Granted)]
    [InlineData("ana", PolicyDecision.Granted)]                   // a subdivision of an allowed country
    [InlineData("nobody-knows", PolicyDecision.UnknownJurisdiction)]
    public void Generative_training_is_excluded_in_the_EEA_and_Switzerland_whatever_the_person_chose(string subject, PolicyDecision expected)
    {
        var provider = Provider();

        Assert.Equal(expected, provider.Evaluate(subject, Gen));
        Assert.Equal(expected == PolicyDecision.Granted, provider.IsGranted(subject, Gen));
    }

    [Fact]
    public void Exclusions_apply_only_to_their_purpose()
    {
        var provider = Provider();

        Assert.True(provider.IsGranted("hans", Purposes.Personalization));
        Assert.True(provider.IsGranted("nobody-knows", Purposes.Personalization));
    }

    [Fact]
    public void A_purpose_without_exclusions_never_asks_for_the_jurisdiction()
    {
        var places = new CountingJurisdictionProvider(_places, fail: true);
        var provider = Provider(places: places);

        Assert.True(provider.IsGranted("hans", Purposes.Personalization));
        Assert.Single(provider.GetGrantedSubjects(new[] { "hans" }, Purposes.Personalization));
        Assert.Equal(0, places.Calls);
    }

    [Fact]
    public void The_policy_only_takes_consent_away()
    {
        var provider = Provider(ConsentPolicy.Default);
        _consent.Revoke("joe", Gen);

        Assert.Equal(PolicyDecision.NotGranted, provider.Evaluate("joe", Gen));
        Assert.Equal(PolicyDecision.NotGranted, provider.Evaluate("stranger", Gen));
        Assert.Equal(PolicyDecision.NotGranted, provider.Evaluate("", Gen));
        Assert.Equal(PolicyDecision.Granted, provider.Evaluate("hans", Gen));
    }

    [Fact]
    public void A_subdivision_is_excluded_with_its_country_but_not_the_other_way_round()
    {
        var policy = ConsentPolicy.Default
            .ExcludeJurisdictions(Gen, "de")
            .ExcludeJurisdictions(Purposes.Personalization, "US-CA");
        _places.Set("bavarian", " de-by ");
        _consent.Grant("bavarian", Gen);
        var provider = Provider(policy);

        Assert.Equal(PolicyDecision.ExcludedByJurisdiction, provider.Evaluate("bavarian", Gen));
        Assert.Equal(PolicyDecision.ExcludedByJurisdiction, provider.Evaluate("ana", Purposes.Personalization));
        Assert.Equal(PolicyDecision.Granted, provider.Evaluate("joe", Purposes.Personalization));
        Assert.Equal(new[] { "DE" }, policy.GetExcludedJurisdictions(Gen));
    }

    [Fact]
    public void Exclusions_accumulate_and_the_policy_is_immutable()
    {
        var some = ConsentPolicy.Default.ExcludeJurisdictions(Gen, "DE");
        var more = some.ExcludeJurisdictions(Gen, "FR");

        Assert.Equal(new[] { "DE" }, some.GetExcludedJurisdictions(Gen));
        Assert.Equal(new[] { "DE", "FR" }, more.GetExcludedJurisdictions(Gen));
        Assert.False(ConsentPolicy.Default.HasJurisdictionExclusions(Gen));
        Assert.Throws<ArgumentException>(() => ConsentPolicy.Default.ExcludeJurisdictions(Gen, " "));
        Assert.Throws<ArgumentException>(() => ConsentPolicy.Default.ExcludeJurisdictions(Gen));
    }

    [Fact]
    public void A_policy_with_exclusions_needs_a_jurisdiction_provider()
    {
        Assert.Throws<ArgumentException>(() => new PolicyConsentProvider(_consent, NoGenerativeTrainingInEurope));
        Assert.True(new PolicyConsentProvider(_consent, ConsentPolicy.Default).IsGranted("joe", Gen));
    }

    [Fact]
    public void An_unknown_jurisdiction_is_refused_and_logged_as_a_warning()
    {
        Provider().IsGranted("nobody-knows", Gen);

        var entry = Assert.Single(_log.Entries);
        Assert.Equal(ConsentLogLevel.Warning, entry.Level);
        Assert.DoesNotContain("nobody-knows", entry.Message);
    }

    [Fact]
    public void Batches_give_each_subject_its_reason_with_one_look_up_of_each_kind()
    {
        var places = new CountingJurisdictionProvider(_places);
        var provider = Provider(places: places);
        _places.Set("withdrawn", "US");

        var decisions = provider.EvaluateMany(new[] { "hans", "joe", "ana", "nobody-knows", "withdrawn", "joe", "" }, Gen);

        Assert.Equal(PolicyDecision.ExcludedByJurisdiction, decisions["hans"]);
        Assert.Equal(PolicyDecision.Granted, decisions["joe"]);
        Assert.Equal(PolicyDecision.Granted, decisions["ana"]);
        Assert.Equal(PolicyDecision.UnknownJurisdiction, decisions["nobody-knows"]);
        Assert.Equal(PolicyDecision.NotGranted, decisions["withdrawn"]);
        Assert.Equal(5, decisions.Count);
        Assert.Equal(1, places.Calls);
        Assert.Equal(new[] { "ana", "joe" }, provider.GetGrantedSubjects(new[] { "hans", "joe", "ana", "nobody-knows" }, Gen).OrderBy(s => s));
    }

    [Fact]
    public void A_faulty_batch_answer_cannot_grant_subjects_that_were_not_asked_about()
    {
        var provider = Provider(inner: new OverreachingConsentProvider(_consent, "intruder", "hans"));

        var granted = provider.GetGrantedSubjects(new[] { "joe", "hans" }, Gen);

        Assert.Equal(new[] { "joe" }, granted);
    }

    [Fact]
    public async Task A_throwing_provider_means_not_granted_logged_and_no_exception()
    {
        var provider = Provider(ConsentPolicy.Default, inner: new ThrowingConsentProvider());

        Assert.False(provider.IsGranted("joe", Gen));
        Assert.False(await provider.IsGrantedAsync("joe", Gen));
        Assert.Empty(provider.GetGrantedSubjects(new[] { "joe", "hans" }, Gen));
        Assert.Equal(PolicyDecision.Error, provider.Evaluate("joe", Gen));
        Assert.All(provider.EvaluateMany(new[] { "joe", "hans" }, Gen).Values, d => Assert.Equal(PolicyDecision.Error, d));

        Assert.Equal(5, _log.Errors.Count);
        Assert.All(_log.Errors, e => Assert.IsType<TimeoutException>(e.Exception));
    }

    [Fact]
    public async Task A_throwing_jurisdiction_provider_means_not_granted_logged_and_no_exception()
    {
        var provider = Provider(places: new CountingJurisdictionProvider(_places, fail: true));

        Assert.False(provider.IsGranted("joe", Gen));
        Assert.False(await provider.IsGrantedAsync("joe", Gen));
        Assert.Empty(provider.GetGrantedSubjects(new[] { "joe" }, Gen));

        Assert.Equal(3, _log.Errors.Count);
    }

    [Fact]
    public async Task The_callers_cancellation_stops_an_async_check_instead_of_answering()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Provider().IsGrantedAsync("joe", Gen, cancelled.Token).AsTask());
    }

    [Fact]
    public async Task The_policy_works_over_the_sqlite_ledger()
    {
        using var db = new TempDatabase();
        using var ledger = SqliteConsentLedger.Open(db.Options());
        ledger.Grant("joe", Gen, "signup", "v1");
        ledger.Grant("hans", Gen, "signup", "v1");
        var provider = Provider(inner: ledger);

        Assert.True(await provider.IsGrantedAsync("joe", Gen));
        Assert.Equal(PolicyDecision.ExcludedByJurisdiction, provider.Evaluate("hans", Gen));
        Assert.Equal(new[] { "joe" }, provider.GetGrantedSubjects(new[] { "joe", "hans", "ana" }, Gen));
    }

    [Fact]
    public void The_listed_jurisdictions_are_the_EEA_and_Switzerland()
    {
        Assert.Equal(28, Jurisdictions.EuropeanUnion.Count); // 27 states, Greece under both GR and EL
        Assert.Equal(new[] { "CH", "IS", "LI", "NO" }, Jurisdictions.EeaAndSwitzerland.Except(Jurisdictions.EuropeanUnion).OrderBy(c => c));
        Assert.DoesNotContain("GB", Jurisdictions.EeaAndSwitzerland);
    }
}
