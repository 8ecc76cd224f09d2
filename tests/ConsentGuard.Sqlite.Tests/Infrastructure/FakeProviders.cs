using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace ConsentGuard.Sqlite.Tests.Infrastructure;

/// <summary>A consent provider that fails on every call, as a broken store or remote service would.</summary>
public sealed class ThrowingConsentProvider : IConsentProvider
{
    public bool IsGranted(string subjectId, string purpose) => throw new TimeoutException("consent service timed out");

    public ValueTask<bool> IsGrantedAsync(string subjectId, string purpose, CancellationToken cancellationToken = default) =>
        ValueTask.FromException<bool>(new TimeoutException("consent service timed out"));

    public ISet<string> GetGrantedSubjects(IReadOnlyCollection<string> subjectIds, string purpose) => throw new TimeoutException("consent service timed out");
}

/// <summary>A faulty provider whose batch answer includes subjects nobody asked about.</summary>
public sealed class OverreachingConsentProvider(IConsentProvider inner, params string[] extra) : IConsentProvider
{
    public bool IsGranted(string subjectId, string purpose) => inner.IsGranted(subjectId, purpose);

    public ValueTask<bool> IsGrantedAsync(string subjectId, string purpose, CancellationToken cancellationToken = default) =>
        inner.IsGrantedAsync(subjectId, purpose, cancellationToken);

    public ISet<string> GetGrantedSubjects(IReadOnlyCollection<string> subjectIds, string purpose)
    {
        var granted = inner.GetGrantedSubjects(subjectIds, purpose);
        granted.UnionWith(extra);
        return granted;
    }
}

/// <summary>A jurisdiction provider that counts calls, or fails on each.</summary>
public sealed class CountingJurisdictionProvider(ISubjectJurisdictionProvider inner, bool fail = false) : ISubjectJurisdictionProvider
{
    public int Calls { get; private set; }

    public string? GetJurisdiction(string subjectId) => Count(() => inner.GetJurisdiction(subjectId));

    public ValueTask<string?> GetJurisdictionAsync(string subjectId, CancellationToken cancellationToken = default) =>
        new(Count(() => inner.GetJurisdiction(subjectId)));

    public IReadOnlyDictionary<string, string> GetJurisdictions(IReadOnlyCollection<string> subjectIds) => Count(() => inner.GetJurisdictions(subjectIds));

    private T Count<T>(Func<T> call)
    {
        Calls++;
        if (fail)
            throw new InvalidOperationException("directory service unavailable");
        return call();
    }
}
