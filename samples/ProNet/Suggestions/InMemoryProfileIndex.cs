using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;

namespace ProNet.Suggestions;

/// <summary>One member's place in the similarity index: their id and the embedding of their profile, nothing readable.</summary>
public sealed class ProfileVector
{
    [VectorStoreKey]
    public string MemberId { get; set; } = "";

    [VectorStoreVector(HashingEmbeddingGenerator.Dimensions, DistanceFunction = DistanceFunction.CosineSimilarity)]
    public ReadOnlyMemory<float> Embedding { get; set; }
}

/// <summary>
/// A vector store collection kept in memory (a real deployment would use Qdrant, Azure AI Search, PostgreSQL with
/// pgvector, …: any <see cref="VectorStoreCollection{TKey, TRecord}"/>). Search is exact cosine similarity.
/// </summary>
public sealed class InMemoryProfileIndex(string name) : VectorStoreCollection<string, ProfileVector>
{
    private readonly ConcurrentDictionary<string, ProfileVector> _records = new(StringComparer.Ordinal);

    public override string Name { get; } = name;

    public int Count => _records.Count;

    public override Task<bool> CollectionExistsAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public override Task EnsureCollectionExistsAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public override Task EnsureCollectionDeletedAsync(CancellationToken cancellationToken = default)
    {
        _records.Clear();
        return Task.CompletedTask;
    }

    public override Task<ProfileVector?> GetAsync(string key, RecordRetrievalOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult(_records.TryGetValue(key, out var record) ? record : null);

    public override async IAsyncEnumerable<ProfileVector> GetAsync(Expression<Func<ProfileVector, bool>> filter, int top, FilteredRecordRetrievalOptions<ProfileVector>? options = null,
                                                                  [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var matches = filter.Compile();
        foreach (var record in _records.Values.Where(matches).Skip(options?.Skip ?? 0).Take(top))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return record;
        }
        await Task.CompletedTask;
    }

    public override Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        _records.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    public override Task UpsertAsync(ProfileVector record, CancellationToken cancellationToken = default)
    {
        _records[record.MemberId] = record;
        return Task.CompletedTask;
    }

    public override Task UpsertAsync(IEnumerable<ProfileVector> records, CancellationToken cancellationToken = default)
    {
        foreach (var record in records)
            _records[record.MemberId] = record;
        return Task.CompletedTask;
    }

    public override async IAsyncEnumerable<VectorSearchResult<ProfileVector>> SearchAsync<TInput>(TInput searchValue, int top, VectorSearchOptions<ProfileVector>? options = null,
                                                                                                  [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var query = searchValue switch
        {
            ReadOnlyMemory<float> memory => memory,
            Embedding<float> embedding => embedding.Vector,
            float[] array => array,
            _ => throw new NotSupportedException($"search by {typeof(TInput).Name}: give the query's embedding"),
        };
        var ranked = _records.Values
            .Select(record => new VectorSearchResult<ProfileVector>(record, Cosine(query.Span, record.Embedding.Span)))
            .OrderByDescending(result => result.Score)
            .ThenBy(result => result.Record.MemberId, StringComparer.Ordinal)
            .Skip(options?.Skip ?? 0)
            .Take(top);
        foreach (var result in ranked)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return result;
        }
        await Task.CompletedTask;
    }

    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    private static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length)
            return 0;
        double dot = 0, aa = 0, bb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return aa == 0 || bb == 0 ? 0 : dot / Math.Sqrt(aa * bb);
    }
}
