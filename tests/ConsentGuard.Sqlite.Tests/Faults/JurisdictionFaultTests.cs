using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Sqlite.Tests.Infrastructure;

namespace ConsentGuard.Sqlite.Tests.Faults;

/// <summary>
/// Faults of the jurisdiction provider under a policy that excludes generative training in the EEA and Switzerland:
/// a subject the policy cannot place is refused, whatever the place provider did. (A provider that throws on every call
/// is <see cref="PolicyTests"/>' case.)
/// </summary>
public sealed class JurisdictionFaultTests
{
    private const string Gen = Purposes.GenerativeTraining;
    private static readonly ConsentPolicy NoTrainingInEurope = ConsentPolicy.Default.ExcludeJurisdictions(Gen, Jurisdictions.EeaAndSwitzerland);
    private readonly InMemoryConsentProvider _consent = new();
    private readonly RecordingLog _log = new();

    public JurisdictionFaultTests() => _consent.Grant("hans", Gen);

    private PolicyConsentProvider Policy(ISubjectJurisdictionProvider places) => new(_consent, NoTrainingInEurope, places, _log);

    /// <summary>
    /// Values a directory may hold for a German subject that are not jurisdiction codes: each would pass an EEA exclusion
    /// if read as "some place outside the list".
    /// </summary>
    [Theory]
    [InlineData("Germany")]
    [InlineData("DEU")]      // ISO alpha-3, not the alpha-2 the policy compares
    [InlineData("276")]      // ISO numeric
    [InlineData("D E")]
    [InlineData("DE-")]
    [InlineData("DE-BAVARIA")]
    [InlineData("??")]
    [InlineData("D")]
    [InlineData("DE\0")]
    public async Task A_malformed_jurisdiction_is_an_unknown_one_and_refused(string garbage)
    {
        var policy = Policy(new FixedPlaces(garbage));

        Assert.Equal(PolicyDecision.UnknownJurisdiction, policy.Evaluate("hans", Gen));
        Assert.Equal(PolicyDecision.UnknownJurisdiction, await policy.EvaluateAsync("hans", Gen));
        Assert.Equal(PolicyDecision.UnknownJurisdiction, policy.EvaluateMany(["hans"], Gen)["hans"]);
        Assert.Empty(policy.GetGrantedSubjects(["hans"], Gen));
        Assert.All(_log.Entries, e => Assert.Equal(ConsentLogLevel.Warning, e.Level));
        Assert.Equal(4, _log.Entries.Count); // single, async, and the two batch entry points
    }

    [Theory]
    [InlineData("US")]
    [InlineData(" us-ca ")]
    [InlineData("GB-ENG")]
    [InlineData("XK")]
    public void Well_formed_places_outside_the_exclusions_are_left_to_the_persons_consent(string place)
    {
        Assert.Equal(PolicyDecision.Granted, Policy(new FixedPlaces(place)).Evaluate("hans", Gen));
    }

    [Theory]
    [InlineData("Germany")]
    [InlineData("DEU")]
    [InlineData("E")]
    [InlineData("DE-BAVARIA")]
    public void A_policy_refuses_to_exclude_a_code_no_subject_can_have(string code)
    {
        var thrown = Assert.Throws<ArgumentException>(() => ConsentPolicy.Default.ExcludeJurisdictions(Gen, code));
        Assert.Contains("ISO 3166", thrown.Message);
    }

    [Fact]
    public void A_batch_answer_that_is_null_or_about_other_subjects_places_nobody()
    {
        Assert.Empty(Policy(new FixedPlaces("US") { BatchAnswer = _ => null! }).GetGrantedSubjects(["hans"], Gen));
        Assert.Empty(Policy(new FixedPlaces("US") { BatchAnswer = _ => new Dictionary<string, string> { ["someone-else"] = "US" } }).GetGrantedSubjects(["hans"], Gen));
        Assert.Equal(2, _log.Entries.Count(e => e.Level == ConsentLogLevel.Warning));
    }

    [Fact]
    public void A_batch_answer_that_throws_while_read_refuses_every_subject_and_is_logged()
    {
        var policy = Policy(new FixedPlaces("US") { BatchAnswer = ids => new ThrowingOnRead(ids) });

        Assert.All(policy.EvaluateMany(["hans", "joe"], Gen).Values, d => Assert.Equal(PolicyDecision.Error, d));
        Assert.Single(_log.Errors);
    }

    [Fact]
    public async Task An_async_look_up_that_fails_as_a_faulted_task_is_an_error_and_logged()
    {
        var policy = Policy(new FixedPlaces("US") { AsyncAnswer = () => new ValueTask<string?>(Task.FromException<string?>(new TimeoutException("directory timed out"))) });

        Assert.Equal(PolicyDecision.Error, await policy.EvaluateAsync("hans", Gen));
        Assert.IsType<TimeoutException>(Assert.Single(_log.Errors).Exception);
    }

    [Fact]
    public async Task Cancelling_a_jurisdiction_look_up_that_ignores_its_token_ends_the_check()
    {
        var hanging = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var policy = Policy(new FixedPlaces("US") { AsyncAnswer = () => new ValueTask<string?>(hanging.Task) });
        using var caller = new CancellationTokenSource();

        var check = policy.IsGrantedAsync("hans", Gen, caller.Token).AsTask();
        Assert.False(check.IsCompleted);
        caller.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => check.WaitAsync(WrapperFaultTests.Watchdog));
        hanging.SetException(new ObjectDisposedException("directory")); // the abandoned look-up ends too; its failure is observed
        Assert.Empty(_log.Entries);
    }

    /// <summary>Places every subject at one value; the batch and async answers can be replaced by faulty ones.</summary>
    private sealed class FixedPlaces(string place) : ISubjectJurisdictionProvider
    {
        public Func<IReadOnlyCollection<string>, IReadOnlyDictionary<string, string>?>? BatchAnswer { get; init; }
        public Func<ValueTask<string?>>? AsyncAnswer { get; init; }

        public string? GetJurisdiction(string subjectId) => place;

        public ValueTask<string?> GetJurisdictionAsync(string subjectId, CancellationToken cancellationToken = default) =>
            AsyncAnswer?.Invoke() ?? new ValueTask<string?>(place);

        public IReadOnlyDictionary<string, string> GetJurisdictions(IReadOnlyCollection<string> subjectIds) =>
            BatchAnswer is null ? subjectIds.ToDictionary(id => id, _ => place) : BatchAnswer(subjectIds)!;
    }

    /// <summary>A dictionary whose look-ups fail: the connection behind a lazily read answer dropped.</summary>
    private sealed class ThrowingOnRead(IReadOnlyCollection<string> ids) : IReadOnlyDictionary<string, string>
    {
        private static T Fail<T>() => throw new InvalidOperationException("directory connection dropped");
        public string this[string key] => Fail<string>();
        public IEnumerable<string> Keys => ids;
        public IEnumerable<string> Values => Fail<IEnumerable<string>>();
        public int Count => ids.Count;
        public bool ContainsKey(string key) => Fail<bool>();
        public bool TryGetValue(string key, out string value)
        {
            value = null!;
            return Fail<bool>();
        }
        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => Fail<IEnumerator<KeyValuePair<string, string>>>();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
