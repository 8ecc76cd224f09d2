using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;

namespace ProNet.Suggestions;

/// <summary>One member's place in the similarity index: their id and the embedding of their profile, nothing readable.</summary>
public sealed class ProfileVector
{
    public const int Dimensions = 64;

    [VectorStoreKey]
    public string MemberId { get; set; } = "";

    [VectorStoreVector(Dimensions, DistanceFunction = DistanceFunction.CosineSimilarity)]
    public ReadOnlyMemory<float> Embedding { get; set; }
}

/// <summary>A member someone may know, and how alike their profiles are (cosine similarity, 1 = the same words).</summary>
public sealed record Suggestion(string MemberId, double Similarity);

/// <summary>
/// "People you may know": members whose profile (headline and city) reads most like yours. Profiles are embedded
/// and kept in a vector store, which ConsentGuard's catalog counts as retrieval for <c>Personalization</c>: only the
/// <c>ForPersonalization</c> view of a member who agreed to a personalized experience is ever embedded or stored,
/// and only such a member gets suggestions.
/// </summary>
public sealed class PeopleYouMayKnow(IEmbeddingGenerator<string, Embedding<float>> embeddings, VectorStoreCollection<string, ProfileVector> index)
{
    /// <summary>Embeds and stores the profile of every member who consented to personalization; returns how many.</summary>
    public async Task<int> IndexAsync(IEnumerable<Member> members, IConsentProvider consent, CancellationToken cancellationToken = default)
    {
        await index.EnsureCollectionExistsAsync(cancellationToken);
        var indexed = 0;
        foreach (var member in members)
        {
            if (member.ForPersonalization(consent) is not { } profile)
                continue;
            var vector = await embeddings.GenerateVectorAsync(Describe(profile), cancellationToken: cancellationToken);
            await index.UpsertAsync(new ProfileVector { MemberId = member.Id, Embedding = vector }, cancellationToken);
            indexed++;
        }
        return indexed;
    }

    /// <summary>The <paramref name="count"/> members most alike <paramref name="member"/>; none when they did not consent.</summary>
    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(Member member, IConsentProvider consent, int count, CancellationToken cancellationToken = default)
    {
        if (member.ForPersonalization(consent) is not { } profile)
            return [];
        var vector = await embeddings.GenerateVectorAsync(Describe(profile), cancellationToken: cancellationToken);
        var suggestions = new List<Suggestion>();
        await foreach (var hit in index.SearchAsync(vector, count + 1, cancellationToken: cancellationToken))
            if (hit.Record.MemberId != member.Id)
                suggestions.Add(new Suggestion(hit.Record.MemberId, hit.Score ?? 0));
        return suggestions.Take(count).ToList();
    }

    private static string Describe(Member.PersonalizationView profile) => profile.Headline + " in " + profile.City;
}
