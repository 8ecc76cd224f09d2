using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Sqlite.Tests.Infrastructure;
using ConsentGuard.Tests.Shared.Faults;

namespace ConsentGuard.Sqlite.Tests.Faults;

/// <summary>
/// Every fault of <see cref="Fault"/> injected under every consumer of a provider (each policy wrapper entry point,
/// <see cref="ConsentBatch"/>), over an in-memory and a SQLite provider that do hold consent: the answer is
/// "not granted", a failure is logged where the consumer has a log, and the control (no fault) grants.
/// </summary>
public sealed class WrapperFaultTests
{
    /// <summary>Bounds a wait for a call that must finish: a hang fails the test instead of the run. Not a speed assertion.</summary>
    internal static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(30);

    private static bool IsHang(Fault fault) => fault is Fault.HangUntilCancelled or Fault.HangIgnoringToken;

    /// <summary>(consumer, fault, inner) for every fault that reaches the member the consumer uses, plus the control.</summary>
    public static TheoryData<string, Fault, string> Scenarios()
    {
        var data = new TheoryData<string, Fault, string>();
        foreach (var consumer in FaultConsumer.All)
            foreach (var fault in FaultFacts.Affecting(consumer.Uses).Where(f => !IsHang(f)).Prepend(Fault.None))
                foreach (var inner in FaultInner.Names)
                    data.Add(consumer.Name, fault, inner);
        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task A_faulty_provider_never_grants_and_the_failure_is_logged(string consumerName, Fault fault, string innerName)
    {
        var consumer = FaultConsumer.Named(consumerName);
        using var inner = new FaultInner(innerName);
        using var faulty = new FaultyConsentProvider(inner.Provider, fault);
        var log = new RecordingLog();

        var granted = await consumer.Ask(faulty, log, CancellationToken.None).WaitAsync(Watchdog);

        Assert.True(faulty.Calls > 0, "the consumer never asked the provider");
        if (fault == Fault.None)
        {
            Assert.True(granted, "control: the inner provider holds consent, so without a fault the subject is granted");
            Assert.Empty(log.Errors);
            return;
        }
        Assert.False(granted);
        Assert.True(faulty.FaultsApplied > 0);
        Assert.Empty(inner.OwnErrors);
        // A consumer with a log reports every answer it could not read; an answer it read and found wanting is no failure.
        var unreadable = fault.Throws() || fault is Fault.NullSet or Fault.ThrowingSet or Fault.FailingEnumeration;
        if (consumer.LogsFailures && unreadable)
        {
            var error = Assert.Single(log.Errors);
            Assert.NotNull(error.Exception);
            Assert.DoesNotContain("joe", error.Message);
        }
        else
        {
            Assert.Empty(log.Errors);
        }
    }

    /// <summary>A fault on one call only: that answer is "not granted", the answers before and after it are the provider's own.</summary>
    [Theory]
    [MemberData(nameof(TransientScenarios))]
    public async Task A_transient_fault_refuses_only_the_call_it_hit(string consumerName, Fault fault)
    {
        var consumer = FaultConsumer.Named(consumerName);
        using var inner = new FaultInner("in-memory");
        using var faulty = new FaultyConsentProvider(inner.Provider, fault, onCall: 3);
        var log = new RecordingLog();

        var answers = new List<bool>();
        for (var i = 0; i < 5; i++)
            answers.Add(await consumer.Ask(faulty, log, CancellationToken.None).WaitAsync(Watchdog));

        Assert.Equal([true, true, false, true, true], answers);
        Assert.Equal(1, faulty.FaultsApplied);
    }

    public static TheoryData<string, Fault> TransientScenarios()
    {
        var data = new TheoryData<string, Fault>();
        foreach (var consumer in FaultConsumer.All)
            data.Add(consumer.Name, consumer.Uses == ProviderMember.GetGrantedSubjects ? Fault.NullSet : Fault.Timeout);
        return data;
    }

    /// <summary>
    /// The caller's cancellation of a check that hangs: it ends the call with <see cref="OperationCanceledException"/>,
    /// as soon as it is requested, whether or not the inner provider honours its token; it is no failure, so nothing is logged.
    /// </summary>
    [Theory]
    [InlineData("policy(default).IsGrantedAsync", Fault.HangUntilCancelled)]
    [InlineData("policy(default).IsGrantedAsync", Fault.HangIgnoringToken)]
    [InlineData("policy(default).EvaluateAsync", Fault.HangUntilCancelled)]
    [InlineData("policy(default).EvaluateAsync", Fault.HangIgnoringToken)]
    [InlineData("policy(EEA+CH excluded).IsGrantedAsync", Fault.HangUntilCancelled)]
    [InlineData("policy(EEA+CH excluded).IsGrantedAsync", Fault.HangIgnoringToken)]
    public async Task Cancelling_a_hanging_check_ends_it_with_OperationCanceledException(string consumerName, Fault fault)
    {
        var consumer = FaultConsumer.Named(consumerName);
        using var inner = new FaultInner("in-memory");
        using var faulty = new FaultyConsentProvider(inner.Provider, fault);
        var log = new RecordingLog();
        using var caller = new CancellationTokenSource();

        var check = consumer.Ask(faulty, log, caller.Token);
        await faulty.Hanging.WaitAsync(Watchdog);
        Assert.False(check.IsCompleted);
        caller.Cancel();

        var cancelled = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => check.WaitAsync(Watchdog));
        Assert.Equal(caller.Token, cancelled.CancellationToken);
        Assert.Empty(log.Entries);
    }

    [Theory]
    [InlineData("policy(default).IsGrantedAsync")]
    [InlineData("policy(default).EvaluateAsync")]
    [InlineData("policy(EEA+CH excluded).IsGrantedAsync")]
    public async Task A_check_cancelled_before_it_starts_throws_and_asks_nobody(string consumerName)
    {
        var consumer = FaultConsumer.Named(consumerName);
        using var inner = new FaultInner("in-memory");
        using var faulty = new FaultyConsentProvider(inner.Provider, Fault.None);
        using var caller = new CancellationTokenSource();
        caller.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => consumer.Ask(faulty, new RecordingLog(), caller.Token));
        Assert.Equal(0, faulty.Calls);
    }
}
