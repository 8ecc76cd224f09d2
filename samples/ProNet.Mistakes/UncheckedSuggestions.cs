using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;

namespace ProNet.Mistakes;

/// <summary>A member's place in the "people you may know" index, as in samples/ProNet.</summary>
public sealed class ProfileVector
{
    [VectorStoreKey]
    public string MemberId { get; set; } = "";

    [VectorStoreVector(64)]
    public ReadOnlyMemory<float> Embedding { get; set; }
}

/// <summary>Every headline is embedded and kept for "people you may know"; nobody asked anyone.</summary>
public sealed class UncheckedSuggestions(IEmbeddingGenerator<string, Embedding<float>> embeddings, VectorStoreCollection<string, ProfileVector> index)
{
    public async Task Index(IEnumerable<Profile> profiles)
    {
        foreach (var profile in profiles)
        {
            var vector = await embeddings.GenerateVectorAsync(profile.Headline);
            await index.UpsertAsync(new ProfileVector { MemberId = profile.MemberId, Embedding = vector }); // mistake: no consent check (CG0001)
        }
    }
}
