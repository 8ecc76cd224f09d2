using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;

namespace ConsentGuard.Tests.Generator;

/// <summary>
/// Executes generated accessors: a type is compiled with the generator, emitted to memory, loaded into a collectible
/// load context (sharing ConsentGuard.dll with the tests), and driven against <see cref="InMemoryConsentProvider"/>
/// and misbehaving providers. The driver code is compiled with it, so it uses the generated API as users would.
/// </summary>
public sealed class GeneratedAccessorRuntimeTests : IClassFixture<GeneratedAccessorRuntimeTests.LoadedSample>
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using ConsentGuard;

        namespace Runtime.Sample
        {
            public partial class Profile
            {
                public Profile(string memberId, string email, string headline, string about)
                {
                    MemberId = memberId; Email = email; Headline = headline; About = about;
                }

                [DataSubject] public string MemberId { get; }
                [PersonalData(PersonalDataCategory.Contact)] public string Email { get; }
                [PersonalData(PersonalDataCategory.Professional), ConsentPurpose(Purposes.GenerativeTraining), ConsentPurpose(Purposes.Personalization)]
                public string Headline { get; }
                [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
                public string About { get; }
            }

            public partial struct Reading
            {
                [DataSubject] public long PatientId;
                [PersonalData(PersonalDataCategory.Health), ConsentPurpose(Purposes.ModelTraining)] public double Value;
            }

            public sealed class Counter { public int Produced; }

            public static class Driver
            {
                public static Profile Make(int i) => new Profile("m" + i, "e" + i + "@example.com", "headline " + i, "about " + i);

                public static object? ForTraining(string id, IConsentProvider consent) => new Profile(id, "e", "h", "a").ForGenerativeTraining(consent);

                public static object? ForPersonalization(string id, IConsentProvider consent) => new Profile(id, "e", "h", "a").ForPersonalization(consent);

                public static async Task<object?> ForTrainingAsync(string id, IConsentProvider consent, CancellationToken ct) =>
                    await new Profile(id, "e", "h", "a").ForGenerativeTrainingAsync(consent, ct);

                public static object? ForReading(long patient, double value, IConsentProvider consent) =>
                    new Reading { PatientId = patient, Value = value }.ForModelTraining(consent);

                /// <summary>An endless source: only streaming can take from it.</summary>
                public static IEnumerable<Profile> Endless(Counter counter)
                {
                    for (var i = 0; ; i++)
                    {
                        counter.Produced++;
                        yield return Make(i);
                    }
                }

                public static string[] TakeTrainingAbouts(IConsentProvider consent, int take, Counter counter) =>
                    Endless(counter).ForGenerativeTraining(consent).Take(take).Select(v => v.About).ToArray();

                public static int CountTrainingViews(IConsentProvider consent, int items) =>
                    Enumerable.Range(0, items).Select(Make).ForGenerativeTraining(consent).Count();

                public static string[] TrainingHeadlines(IConsentProvider consent, IEnumerable<int> ids) =>
                    ids.Select(i => i < 0 ? null! : Make(i)).ForGenerativeTraining(consent).Select(v => v.Headline).ToArray();
            }
        }
        """;

    private readonly Type _driver;

    public GeneratedAccessorRuntimeTests(LoadedSample sample) => _driver = sample.Driver;

    private T Call<T>(string method, params object?[] arguments)
    {
        try
        {
            return (T)_driver.GetMethod(method)!.Invoke(null, arguments)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    private static Dictionary<string, object?> Properties(object view) =>
        view.GetType().GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).ToDictionary(p => p.Name, p => p.GetValue(view));

    private static InMemoryConsentProvider Granting(params (string Subject, string Purpose)[] grants)
    {
        var provider = new InMemoryConsentProvider();
        foreach (var (subject, purpose) in grants)
            provider.Grant(subject, purpose);
        return provider;
    }

    // ------------------------------------------------------------------ For{P} and For{P}Async

    [Fact]
    public async Task Granted_gives_a_view_with_exactly_the_purposes_members()
    {
        var consent = Granting(("m1", Purposes.GenerativeTraining), ("m1", Purposes.Personalization));

        var training = Properties(Call<object>("ForTraining", "m1", consent));
        Assert.Equal(["About", "Headline"], training.Keys.Order());
        Assert.Equal("h", training["Headline"]);
        Assert.Equal("a", training["About"]);

        var personalization = Properties(Call<object>("ForPersonalization", "m1", consent));
        Assert.Equal(["Headline"], personalization.Keys);

        var asyncView = await Call<Task<object?>>("ForTrainingAsync", "m1", consent, CancellationToken.None);
        Assert.Equal(["About", "Headline"], Properties(asyncView!).Keys.Order());
    }

    [Fact]
    public async Task Consent_for_another_purpose_revoked_consent_and_unknown_or_empty_subjects_give_null()
    {
        var consent = Granting(("m1", Purposes.Personalization), ("m2", Purposes.GenerativeTraining));
        consent.Revoke("m2", Purposes.GenerativeTraining);

        Assert.Null(Call<object?>("ForTraining", "m1", consent));       // consented to another purpose only
        Assert.Null(Call<object?>("ForTraining", "m2", consent));       // revoked
        Assert.Null(Call<object?>("ForTraining", "stranger", consent)); // unknown subject
        Assert.Null(Call<object?>("ForTraining", "", consent));         // no subject id
        Assert.Null(await Call<Task<object?>>("ForTrainingAsync", "m2", consent, CancellationToken.None));
        Assert.NotNull(Call<object?>("ForPersonalization", "m1", consent));
    }

    [Fact]
    public async Task A_throwing_provider_gives_null_never_data()
    {
        var consent = new ThrowingProvider(new InvalidOperationException("store down"));
        Assert.Null(Call<object?>("ForTraining", "m1", consent));
        Assert.Null(await Call<Task<object?>>("ForTrainingAsync", "m1", consent, CancellationToken.None));
        // A provider's own cancellation, when the caller did not cancel, is a failure like any other.
        Assert.Null(await Call<Task<object?>>("ForTrainingAsync", "m1", new ThrowingProvider(new OperationCanceledException()), CancellationToken.None));
        Assert.Equal(0, Call<int>("CountTrainingViews", consent, 3_000));
    }

    [Fact]
    public async Task Caller_cancellation_propagates_instead_of_becoming_an_answer()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Call<Task<object?>>("ForTrainingAsync", "m1", Granting(("m1", Purposes.GenerativeTraining)), cancelled.Token));
    }

    [Fact]
    public void A_null_provider_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => Call<object?>("ForTraining", "m1", null));
        Assert.Throws<ArgumentNullException>(() => Call<string[]>("TakeTrainingAbouts", null, 1, NewCounter()));
    }

    [Fact]
    public void A_numeric_subject_is_looked_up_by_its_invariant_text()
    {
        var consent = Granting(("42", Purposes.ModelTraining));
        Assert.Equal(1.5, Properties(Call<object>("ForReading", 42L, 1.5, consent))["Value"]);
        Assert.Null(Call<object?>("ForReading", 43L, 1.5, consent));
    }

    // ------------------------------------------------------------------ the extension

    [Fact]
    public void The_extension_streams_an_endless_source()
    {
        var consent = new EveryoneProvider();
        var counter = NewCounter();
        var abouts = Call<string[]>("TakeTrainingAbouts", consent, 5, counter);
        Assert.Equal(["about 0", "about 1", "about 2", "about 3", "about 4"], abouts);
        // Only the first chunk was read from the source, and it was looked up once.
        Assert.InRange(Produced(counter), 5, ConsentBatch.DefaultChunkSize);
        Assert.Equal(1, consent.BatchCalls);
    }

    [Fact]
    public void The_extension_keeps_only_consented_elements_in_order_and_skips_nulls()
    {
        var consent = Granting(("m1", Purposes.GenerativeTraining), ("m3", Purposes.GenerativeTraining), ("m2", Purposes.Personalization));
        Assert.Equal(["headline 1", "headline 3", "headline 1"], Call<string[]>("TrainingHeadlines", consent, new[] { 0, 1, -1, 2, 3, 4, 1 }));
    }

    [Fact]
    public void Ten_thousand_elements_take_one_batched_look_up_per_chunk()
    {
        var consent = new CountingProvider(Granting(Enumerable.Range(0, 10_000).Where(i => i % 2 == 0).Select(i => ("m" + i, Purposes.GenerativeTraining)).ToArray()));
        Assert.Equal(5_000, Call<int>("CountTrainingViews", consent, 10_000));
        Assert.Equal((10_000 + ConsentBatch.DefaultChunkSize - 1) / ConsentBatch.DefaultChunkSize, consent.BatchCalls); // 10
        Assert.Equal(0, consent.SingleCalls);
        Assert.All(consent.BatchSizes, size => Assert.InRange(size, 1, ConsentBatch.DefaultChunkSize));
    }

    [Fact]
    public void A_failing_batch_look_up_skips_its_chunk()
    {
        var consent = new CountingProvider(new EveryoneProvider()) { FailBatchNumber = 2 };
        Assert.Equal(3_000 - ConsentBatch.DefaultChunkSize, Call<int>("CountTrainingViews", consent, 3_000));
    }

    /// <summary>The sample compiled with the generator once for all tests, loaded in a collectible context and unloaded after.</summary>
    public sealed class LoadedSample : IDisposable
    {
        private readonly AssemblyLoadContext _context = new("GeneratedAccessors", isCollectible: true);

        public LoadedSample()
        {
            var run = GeneratorHarness.Run(Source);
            using var image = new MemoryStream();
            // The driver code has no XML docs; CS1591 is the one warning allowed, so warnings are not errors for the emit.
            var emitted = run.Output.WithOptions(run.Output.Options.WithGeneralDiagnosticOption(Microsoft.CodeAnalysis.ReportDiagnostic.Default)).Emit(image);
            GeneratorRun.AssertNone(emitted.Diagnostics.Where(d => d.Id != "CS1591" && d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
            Assert.True(emitted.Success);
            image.Position = 0;
            // ConsentGuard.dll is not loaded here, so it resolves to the tests' copy: the providers below are the same types.
            Driver = _context.LoadFromStream(image).GetType("Runtime.Sample.Driver", throwOnError: true)!;
        }

        public Type Driver { get; }

        public void Dispose() => _context.Unload();
    }

    // ------------------------------------------------------------------ helpers

    private object NewCounter() => Activator.CreateInstance(_driver.Assembly.GetType("Runtime.Sample.Counter", throwOnError: true)!)!;

    private static int Produced(object counter) => (int)counter.GetType().GetField("Produced")!.GetValue(counter)!;

    /// <summary>Throws from every member, like a store that is down.</summary>
    private sealed class ThrowingProvider(Exception exception) : IConsentProvider
    {
        public bool IsGranted(string subjectId, string purpose) => throw exception;
        public ValueTask<bool> IsGrantedAsync(string subjectId, string purpose, CancellationToken cancellationToken = default) => throw exception;
        public ISet<string> GetGrantedSubjects(IReadOnlyCollection<string> subjectIds, string purpose) => throw exception;
    }

    /// <summary>Grants every subject every purpose and counts batch calls.</summary>
    private sealed class EveryoneProvider : IConsentProvider
    {
        public int BatchCalls { get; private set; }
        public bool IsGranted(string subjectId, string purpose) => true;
        public ValueTask<bool> IsGrantedAsync(string subjectId, string purpose, CancellationToken cancellationToken = default) => new(true);
        public ISet<string> GetGrantedSubjects(IReadOnlyCollection<string> subjectIds, string purpose)
        {
            BatchCalls++;
            return subjectIds.ToHashSet();
        }
    }

    /// <summary>Counts the calls that reach a real provider; can make one batch call fail.</summary>
    private sealed class CountingProvider(IConsentProvider inner) : IConsentProvider
    {
        public int SingleCalls { get; private set; }
        public int BatchCalls { get; private set; }
        public List<int> BatchSizes { get; } = [];
        public int FailBatchNumber { get; init; }

        public bool IsGranted(string subjectId, string purpose)
        {
            SingleCalls++;
            return inner.IsGranted(subjectId, purpose);
        }

        public ValueTask<bool> IsGrantedAsync(string subjectId, string purpose, CancellationToken cancellationToken = default)
        {
            SingleCalls++;
            return inner.IsGrantedAsync(subjectId, purpose, cancellationToken);
        }

        public ISet<string> GetGrantedSubjects(IReadOnlyCollection<string> subjectIds, string purpose)
        {
            BatchCalls++;
            BatchSizes.Add(subjectIds.Count);
            if (BatchCalls == FailBatchNumber)
                throw new TimeoutException("store timed out");
            return inner.GetGrantedSubjects(subjectIds, purpose);
        }
    }
}
