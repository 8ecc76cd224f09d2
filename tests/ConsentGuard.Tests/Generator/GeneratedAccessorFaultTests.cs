using System;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Tests.Shared.Faults;

namespace ConsentGuard.Tests.Generator;

/// <summary>
/// Every fault of <see cref="Fault"/> under the generated accessors (<c>For{P}</c>, <c>For{P}Async</c>, the streaming
/// extension), over a provider that does hold consent: no fault yields data, and the control (no fault) does. The
/// sample is <see cref="GeneratedAccessorRuntimeTests"/>' one.
/// </summary>
public sealed class GeneratedAccessorFaultTests(GeneratedAccessorRuntimeTests.LoadedSample sample) : IClassFixture<GeneratedAccessorRuntimeTests.LoadedSample>
{
    private const int Rows = 3_000; // three chunks of the streaming extension
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(30); // a hang fails the test instead of the run; not a speed assertion

    private T Call<T>(string method, params object?[] arguments)
    {
        try
        {
            return (T)sample.Driver.GetMethod(method)!.Invoke(null, arguments)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    /// <summary>Consent to generative training for every row the driver makes ("m0" … "m2999").</summary>
    private static InMemoryConsentProvider Everyone()
    {
        var consent = new InMemoryConsentProvider();
        for (var i = 0; i < Rows; i++)
            consent.Grant("m" + i, Purposes.GenerativeTraining);
        return consent;
    }

    private static bool IsHang(Fault fault) => fault is Fault.HangUntilCancelled or Fault.HangIgnoringToken;

    public static TheoryData<string, Fault> Scenarios()
    {
        var data = new TheoryData<string, Fault>();
        foreach (var (accessor, member) in new[] { ("For", ProviderMember.IsGranted), ("ForAsync", ProviderMember.IsGrantedAsync), ("streaming", ProviderMember.GetGrantedSubjects) })
            foreach (var fault in FaultFacts.Affecting(member).Where(f => !IsHang(f)).Prepend(Fault.None))
                data.Add(accessor, fault);
        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task A_faulty_provider_never_yields_data(string accessor, Fault fault)
    {
        using var faulty = new FaultyConsentProvider(Everyone(), fault);

        var produced = accessor switch
        {
            "For" => Call<object?>("ForTraining", "m1", faulty) is null ? 0 : 1,
            "ForAsync" => await Call<Task<object?>>("ForTrainingAsync", "m1", faulty, CancellationToken.None).WaitAsync(Watchdog) is null ? 0 : 1,
            _ => Call<int>("CountTrainingViews", faulty, Rows),
        };

        Assert.True(faulty.Calls > 0, "the accessor never asked the provider");
        if (fault == Fault.None)
            Assert.Equal(accessor == "streaming" ? Rows : 1, produced);
        else
            Assert.Equal(0, produced);
    }

    [Fact]
    public async Task Cancelling_an_async_accessor_whose_provider_hangs_ends_it_with_OperationCanceledException()
    {
        using var faulty = new FaultyConsentProvider(Everyone(), Fault.HangUntilCancelled);
        using var caller = new CancellationTokenSource();

        var view = Call<Task<object?>>("ForTrainingAsync", "m1", faulty, caller.Token);
        await faulty.Hanging.WaitAsync(Watchdog);
        Assert.False(view.IsCompleted);
        caller.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => view.WaitAsync(Watchdog));
    }

    /// <summary>
    /// The generated accessor waits for its provider, as documented: one that ignores the caller's token keeps it waiting
    /// until it answers (wrap such a provider in a <see cref="PolicyConsentProvider"/>, which stops waiting on
    /// cancellation). When it finally fails, the answer is still no data.
    /// </summary>
    [Fact]
    public async Task An_async_accessor_whose_provider_ignores_cancellation_waits_for_it_and_still_yields_no_data()
    {
        var faulty = new FaultyConsentProvider(Everyone(), Fault.HangIgnoringToken);
        using var caller = new CancellationTokenSource();

        var view = Call<Task<object?>>("ForTrainingAsync", "m1", faulty, caller.Token);
        await faulty.Hanging.WaitAsync(Watchdog);
        caller.Cancel();
        Assert.False(view.IsCompleted);
        faulty.Dispose(); // the provider gives up with ObjectDisposedException

        // The caller had cancelled, but the provider failed on its own: neither is consent.
        var outcome = await Record.ExceptionAsync(async () => Assert.Null(await view.WaitAsync(Watchdog)));
        Assert.True(outcome is null or OperationCanceledException, $"unexpected {outcome}");
    }

    [Fact]
    public async Task Through_a_policy_wrapper_the_same_accessor_stops_waiting_when_cancelled()
    {
        using var faulty = new FaultyConsentProvider(Everyone(), Fault.HangIgnoringToken);
        var wrapped = new PolicyConsentProvider(faulty, ConsentPolicy.Default);
        using var caller = new CancellationTokenSource();

        var view = Call<Task<object?>>("ForTrainingAsync", "m1", wrapped, caller.Token);
        await faulty.Hanging.WaitAsync(Watchdog);
        caller.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => view.WaitAsync(Watchdog));
    }
}
