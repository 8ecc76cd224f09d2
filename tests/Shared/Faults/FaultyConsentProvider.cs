using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace ConsentGuard.Tests.Shared.Faults;

/// <summary>What a faulty provider does instead of answering. Each fault affects some <see cref="ProviderMember"/>s only.</summary>
public enum Fault
{
    /// <summary>Passes every call through: the control case, which must grant.</summary>
    None,

    /// <summary>Throws <see cref="InvalidOperationException"/>, as a broken store.</summary>
    Throw,

    /// <summary>Throws <see cref="TimeoutException"/>, as a remote store that gave up.</summary>
    Timeout,

    /// <summary>Throws <see cref="OperationCanceledException"/> for a token of its own: the caller did not cancel.</summary>
    ProviderCancelled,

    /// <summary>Throws <see cref="ObjectDisposedException"/>, as a store shut down under its callers.</summary>
    Disposed,

    /// <summary>Async only: returns a faulted <see cref="ValueTask{TResult}"/> instead of throwing synchronously.</summary>
    FaultedTask,

    /// <summary>Async only: never answers; completes with <see cref="OperationCanceledException"/> when the caller's token is cancelled.</summary>
    HangUntilCancelled,

    /// <summary>Async only: never answers and ignores the caller's token, until the plan is released (then it throws).</summary>
    HangIgnoringToken,

    /// <summary>Batch only: returns null.</summary>
    NullSet,

    /// <summary>Batch only: returns only subjects nobody asked about.</summary>
    ForeignSubjects,

    /// <summary>Batch only: returns a set every member of which throws.</summary>
    ThrowingSet,

    /// <summary>Batch only: returns a set that enumerates nothing but whose <c>Contains</c> says yes to anything.</summary>
    InconsistentSet,

    /// <summary>Batch only: returns a set that enumerates the inner provider's answer and then throws.</summary>
    FailingEnumeration,
}

/// <summary>The members of <see cref="IConsentProvider"/>.</summary>
[Flags]
public enum ProviderMember
{
    IsGranted = 1,
    IsGrantedAsync = 2,
    GetGrantedSubjects = 4,
    All = IsGranted | IsGrantedAsync | GetGrantedSubjects,
}

public static class FaultFacts
{
    /// <summary>The members a fault changes; the others pass through to the inner provider.</summary>
    public static ProviderMember Affects(this Fault fault) => fault switch
    {
        Fault.None => 0,
        Fault.Throw or Fault.Timeout or Fault.ProviderCancelled or Fault.Disposed => ProviderMember.All,
        Fault.FaultedTask or Fault.HangUntilCancelled or Fault.HangIgnoringToken => ProviderMember.IsGrantedAsync,
        _ => ProviderMember.GetGrantedSubjects,
    };

    /// <summary>Whether the fault is an exception thrown out of the provider (a consumer that logs failures logs it).</summary>
    public static bool Throws(this Fault fault) =>
        fault is Fault.Throw or Fault.Timeout or Fault.ProviderCancelled or Fault.Disposed or Fault.FaultedTask;

    /// <summary>Every fault that changes <paramref name="member"/>.</summary>
    public static IEnumerable<Fault> Affecting(ProviderMember member) =>
        Enum.GetValues<Fault>().Where(f => (f.Affects() & member) != 0);
}

/// <summary>
/// Decorates a provider that grants, and replaces its answers with a <see cref="Fault"/>: on every call, or only on
/// call number <see cref="OnCall"/> (counted over all members, from 1). Counts calls, so a test can also show that the
/// fault was reached. <see cref="Dispose"/> releases any call still hanging, so no thread outlives the test.
/// </summary>
public sealed class FaultyConsentProvider(IConsentProvider inner, Fault fault, int? onCall = null) : IConsentProvider, IDisposable
{
    private readonly TaskCompletionSource<bool> _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _calls;

    public Fault Fault { get; } = fault;

    /// <summary>Only this call (1-based) is faulty; null: every call.</summary>
    public int? OnCall { get; } = onCall;

    /// <summary>How many calls reached this provider.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>How many calls the fault was applied to.</summary>
    public int FaultsApplied => Volatile.Read(ref _faultsApplied);
    private int _faultsApplied;

    /// <summary>Completes when a call that hangs has started: a test can cancel then, with no sleep.</summary>
    public Task Hanging => _hanging.Task;
    private readonly TaskCompletionSource<bool> _hanging = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsGranted(string subjectId, string purpose) =>
        Faulty(ProviderMember.IsGranted) ? ThrowFault<bool>() : inner.IsGranted(subjectId, purpose);

    public ValueTask<bool> IsGrantedAsync(string subjectId, string purpose, CancellationToken cancellationToken = default)
    {
        if (!Faulty(ProviderMember.IsGrantedAsync))
            return inner.IsGrantedAsync(subjectId, purpose, cancellationToken);
        switch (Fault)
        {
            case Fault.FaultedTask:
                return new ValueTask<bool>(Task.FromException<bool>(new InvalidOperationException("consent store failed (faulted task)")));
            case Fault.HangUntilCancelled:
                return new ValueTask<bool>(HangUntilCancelled(cancellationToken));
            case Fault.HangIgnoringToken:
                _hanging.TrySetResult(true);
                return new ValueTask<bool>(_released.Task);
            default:
                return ThrowFault<ValueTask<bool>>();
        }
    }

    public ISet<string> GetGrantedSubjects(IReadOnlyCollection<string> subjectIds, string purpose)
    {
        if (!Faulty(ProviderMember.GetGrantedSubjects))
            return inner.GetGrantedSubjects(subjectIds, purpose);
        return Fault switch
        {
            Fault.NullSet => null!,
            Fault.ForeignSubjects => new HashSet<string>(subjectIds.Select(id => id + "-not-asked")) { "intruder" },
            Fault.ThrowingSet => new GarbageSet(throwing: true, Enumerable.Empty<string>()),
            Fault.InconsistentSet => new GarbageSet(throwing: false, Enumerable.Empty<string>()),
            Fault.FailingEnumeration => new GarbageSet(throwing: false, ThenThrow(inner.GetGrantedSubjects(subjectIds, purpose))) { ContainsAnswer = false },
            _ => ThrowFault<ISet<string>>(),
        };
    }

    /// <summary>Lets every call still hanging finish, with an exception: the provider shut down.</summary>
    public void Dispose() => _released.TrySetException(new ObjectDisposedException(nameof(FaultyConsentProvider), "released by the test"));

    private bool Faulty(ProviderMember member)
    {
        var call = Interlocked.Increment(ref _calls);
        var faulty = (Fault.Affects() & member) != 0 && (OnCall is null || OnCall == call);
        if (faulty)
            Interlocked.Increment(ref _faultsApplied);
        return faulty;
    }

    private T ThrowFault<T>() => throw (Fault switch
    {
        Fault.Timeout => new TimeoutException("consent store timed out"),
        Fault.ProviderCancelled => new OperationCanceledException("the consent store cancelled its own request", new CancellationToken(canceled: true)),
        Fault.Disposed => new ObjectDisposedException("ConsentStore", "the consent store was disposed"),
        _ => (Exception)new InvalidOperationException("consent store failed"),
    });

    private async Task<bool> HangUntilCancelled(CancellationToken cancellationToken)
    {
        _hanging.TrySetResult(true);
        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (cancellationToken.Register(() => cancelled.TrySetCanceled(cancellationToken)))
            await Task.WhenAny(cancelled.Task, _released.Task).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return await _released.Task.ConfigureAwait(false);
    }

    private static IEnumerable<string> ThenThrow(IEnumerable<string> granted)
    {
        foreach (var id in granted)
            yield return id;
        throw new InvalidOperationException("consent store connection dropped while reading the answer");
    }

    /// <summary>An <see cref="ISet{T}"/> that lies: every member throws, or Contains disagrees with what it enumerates.</summary>
    private sealed class GarbageSet(bool throwing, IEnumerable<string> contents) : ISet<string>
    {
        public bool ContainsAnswer { get; init; } = true;
        private T Fail<T>(T value) => throwing ? throw new InvalidOperationException("garbage answer") : value;
        public int Count => Fail(0);
        public bool IsReadOnly => Fail(true);
        public bool Contains(string item) => Fail(ContainsAnswer);
        public IEnumerator<string> GetEnumerator() => Fail(contents).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        public void CopyTo(string[] array, int arrayIndex) => Fail(0);
        public bool Add(string item) => Fail(false);
        void ICollection<string>.Add(string item) => Fail(false);
        public bool Remove(string item) => Fail(false);
        public void Clear() => Fail(0);
        public void ExceptWith(IEnumerable<string> other) => Fail(0);
        public void IntersectWith(IEnumerable<string> other) => Fail(0);
        public void SymmetricExceptWith(IEnumerable<string> other) => Fail(0);
        public void UnionWith(IEnumerable<string> other) => Fail(0);
        public bool IsProperSubsetOf(IEnumerable<string> other) => Fail(false);
        public bool IsProperSupersetOf(IEnumerable<string> other) => Fail(false);
        public bool IsSubsetOf(IEnumerable<string> other) => Fail(false);
        public bool IsSupersetOf(IEnumerable<string> other) => Fail(false);
        public bool Overlaps(IEnumerable<string> other) => Fail(false);
        public bool SetEquals(IEnumerable<string> other) => Fail(false);
    }
}
