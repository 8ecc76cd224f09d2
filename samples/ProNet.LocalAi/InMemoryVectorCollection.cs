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

namespace ProNet.LocalAi;

/// <summary>
/// A vector store collection kept in memory (a real deployment would use Qdrant, Azure AI Search, PostgreSQL with
/// pgvector, …: any <see cref="VectorStoreCollection{TKey, TRecord}"/>). Records are told apart by
/// <paramref name="keyOf"/> and searched by the vector <paramref name="vectorOf"/> returns, with exact cosine similarity.
/// </summary>
public sealed class InMemoryVectorCollection<TRecord>(string name, Func<TRecord, string> keyOf, Func<TRecord, ReadOnlyMemory<float>> vectorOf)
    : VectorStoreCollection<string, TRecord>
    where TRecord : class
{
    private readonly ConcurrentDictionary<string, TRecord> _records = new(StringComparer.Ordinal);

    public override string Name { get; } = name;

    public int Count => _records.Count;

    public override Task<bool> CollectionExistsAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public override Task EnsureCollectionExistsAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public override Task EnsureCollectionDeletedAsync(CancellationToken cancellationToken = default)
    {
        _records.Clear();
        return Task.CompletedTask;
    }

    public override Task<TRecord?> GetAsync(string key, RecordRetrievalOptions? options = null, CancellationToken cancellationToken = default) =>
        Task.FromResult<TRecord?>(_records.TryGetValue(key, out var record) ? record : null);

    public override async IAsyncEnumerable<TRecord> GetAsync(Expression<Func<TRecord, bool>> filter, int top, FilteredRecordRetrievalOptions<TRecord>? options = null,
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

    public override Task UpsertAsync(TRecord record, CancellationToken cancellationToken = default)
    {
        _records[keyOf(record)] = record;
        return Task.CompletedTask;
    }

    public override Task UpsertAsync(IEnumerable<TRecord> records, CancellationToken cancellationToken = default)
    {
        foreach (var record in records)
            _records[keyOf(record)] = record;
        return Task.CompletedTask;
    }

    public override async IAsyncEnumerable<VectorSearchResult<TRecord>> SearchAsync<TInput>(TInput searchValue, int top, VectorSearchOptions<TRecord>? options = null,
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
            .Select(record => new VectorSearchResult<TRecord>(record, Cosine(query.Span, vectorOf(record).Span)))
            .OrderByDescending(result => result.Score)
            .ThenBy(result => keyOf(result.Record), StringComparer.Ordinal)
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
