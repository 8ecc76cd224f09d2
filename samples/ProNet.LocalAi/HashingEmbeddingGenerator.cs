using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace ProNet.LocalAi;

/// <summary>
/// A deterministic, local stand-in for an embedding model, so the sample runs offline: each word of the text is
/// hashed into one of <see cref="Dimensions"/> buckets (feature hashing) and the vector is scaled to length 1.
/// Texts that share words point the same way. Swap in any <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>
/// (an OpenAI or Ollama one) and nothing else changes.
/// </summary>
public sealed class HashingEmbeddingGenerator(int dimensions) : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly EmbeddingGeneratorMetadata _metadata = new("local-hashing", null, "feature-hashing", dimensions);

    /// <summary>The length of every vector this generator makes.</summary>
    public int Dimensions { get; } = dimensions > 0 ? dimensions : throw new ArgumentOutOfRangeException(nameof(dimensions), "give a positive number of dimensions");

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var embeddings = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            embeddings.Add(new Embedding<float>(Embed(value)));
        }
        return Task.FromResult(embeddings);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null
        : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }

    private float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
                start = i;
            else if (!isWordChar && start >= 0)
            {
                var hash = Fnv1a(text.AsSpan(start, i - start));
                vector[(int)(hash % Dimensions)] += (hash & 0x8000_0000) == 0 ? 1f : -1f;
                start = -1;
            }
        }
        var length = 0f;
        foreach (var x in vector)
            length += x * x;
        if (length > 0)
        {
            var scale = 1f / MathF.Sqrt(length);
            for (var i = 0; i < vector.Length; i++)
                vector[i] *= scale;
        }
        return vector;
    }

    /// <summary>FNV-1a over the lower-cased word: stable across runs and machines, unlike string.GetHashCode.</summary>
    private static uint Fnv1a(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash ^= char.ToLowerInvariant(c);
            hash *= 16777619u;
        }
        return hash;
    }
}
