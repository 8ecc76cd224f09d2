using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard;

namespace ProNet.Network;

/// <summary>
/// Where the policies look for a member's jurisdiction: their country of residence. A subject id that is not a
/// member of the network is unknown, and the policy then refuses any purpose that has exclusions.
/// </summary>
public sealed class MemberJurisdictions(DemoNetwork network) : ISubjectJurisdictionProvider
{
    public string? GetJurisdiction(string subjectId) =>
        network.IndexOf(subjectId) is var index and >= 0 ? network.CountryOf(index) : null;

    public ValueTask<string?> GetJurisdictionAsync(string subjectId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new ValueTask<string?>(GetJurisdiction(subjectId));
    }

    public IReadOnlyDictionary<string, string> GetJurisdictions(IReadOnlyCollection<string> subjectIds)
    {
        var known = new Dictionary<string, string>(subjectIds.Count, System.StringComparer.Ordinal);
        foreach (var id in subjectIds)
            if (GetJurisdiction(id) is { } code)
                known[id] = code;
        return known;
    }
}
