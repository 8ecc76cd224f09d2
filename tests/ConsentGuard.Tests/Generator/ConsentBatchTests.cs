using System;
using System.Collections.Generic;
using System.Linq;

namespace ConsentGuard.Tests.Generator;

/// <summary>The runtime half of the generated extension methods, on its own: argument checks, chunking, failing closed.</summary>
public sealed class ConsentBatchTests
{
    private sealed record Row(string? Subject, string Data);

    /// <summary>A well-behaved accessor, as generated: asks its provider once, returns data only on a grant.</summary>
    private static string? Accessor(Row row, IConsentProvider provider) =>
        row.Subject is { Length: > 0 } subject && provider.IsGranted(subject, Purposes.Analytics) ? row.Data : null;

    private static InMemoryConsentProvider Granting(params string[] subjects)
    {
        var provider = new InMemoryConsentProvider();
        foreach (var subject in subjects)
            provider.Grant(subject, Purposes.Analytics);
        return provider;
    }

    [Fact]
    public void Arguments_are_checked_when_called_not_when_enumerated()
    {
        var rows = new[] { new Row("a", "1") };
        var consent = Granting("a");
        Assert.Throws<ArgumentNullException>(() => ConsentBatch.Answer<Row>(null!, consent, Purposes.Analytics, Accessor));
        Assert.Throws<ArgumentNullException>(() => ConsentBatch.Answer(rows, null!, Purposes.Analytics, Accessor));
        Assert.Throws<ArgumentNullException>(() => ConsentBatch.Answer(rows, consent, null!, Accessor));
        Assert.Throws<ArgumentNullException>(() => ConsentBatch.Answer(rows, consent, Purposes.Analytics, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConsentBatch.Answer(rows, consent, Purposes.Analytics, Accessor, chunkSize: 0));
    }

    [Fact]
    public void Only_granted_elements_come_out_each_with_a_provider_that_grants_only_its_purpose()
    {
        var rows = new[] { new Row("a", "1"), new Row("b", "2"), new Row(null, "3"), new Row("", "4"), new Row("a", "5") };
        var entries = ConsentBatch.Answer(rows, Granting("a"), Purposes.Analytics, Accessor).ToArray();
        Assert.Equal(["1", "5"], entries.Select(e => e.Item.Data));
        Assert.All(entries, e => Assert.True(e.Consent.IsGranted("a", Purposes.Analytics)));
        Assert.All(entries, e => Assert.False(e.Consent.IsGranted("a", Purposes.Advertising)));
        Assert.All(entries, e => Assert.False(e.Consent.IsGranted("b", Purposes.Analytics)));
    }

    [Fact]
    public void An_accessor_that_returns_data_without_asking_gets_nothing()
    {
        var rows = new[] { new Row("a", "1") };
        Assert.Empty(ConsentBatch.Answer(rows, Granting("a"), Purposes.Analytics, (row, _) => row.Data));
    }

    [Fact]
    public void Chunks_are_looked_up_once_each_with_distinct_subjects()
    {
        var sizes = new List<int>();
        var consent = new RecordingProvider(sizes);
        var rows = Enumerable.Range(0, 25).Select(i => new Row("s" + i % 7, "d" + i));
        Assert.Equal(25, ConsentBatch.Answer(rows, consent, Purposes.Analytics, Accessor, chunkSize: 10).Count());
        Assert.Equal([7, 7, 5], sizes); // 10, 10 and 5 rows; at most 7 distinct subjects in each
    }

    private sealed class RecordingProvider(List<int> sizes) : IConsentProvider
    {
        public bool IsGranted(string subjectId, string purpose) => throw new InvalidOperationException("batched look-ups only");
        public System.Threading.Tasks.ValueTask<bool> IsGrantedAsync(string subjectId, string purpose, System.Threading.CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("batched look-ups only");
        public ISet<string> GetGrantedSubjects(IReadOnlyCollection<string> subjectIds, string purpose)
        {
            Assert.Equal(subjectIds.Count, subjectIds.Distinct().Count());
            sizes.Add(subjectIds.Count);
            return subjectIds.ToHashSet();
        }
    }
}
