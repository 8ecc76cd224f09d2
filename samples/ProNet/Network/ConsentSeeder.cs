using System.Collections.Generic;
using ConsentGuard;

namespace ProNet.Network;

/// <summary>
/// Writes the demo members' privacy choices into an empty consent ledger, as their privacy pages would have:
/// a switch turned on is a grant, turned on and off again a grant then a revocation, never touched nothing.
/// </summary>
public static class ConsentSeeder
{
    public const string Source = "demo-seed";
    public const string PolicyVersion = "privacy-2026-01";

    /// <summary>The purposes each member has a switch for (see <see cref="PrivacySettings"/>).</summary>
    public static readonly string[] Purposes = { ConsentGuard.Purposes.GenerativeTraining, ConsentGuard.Purposes.Personalization, ConsentGuard.Purposes.ContentModeration };

    /// <summary>Appends every member's events in one transaction (all or nothing) and returns how many.</summary>
    public static int Seed(IConsentLedger ledger, DemoNetwork network) => ledger.Append(Changes(network)).Count;

    public static IEnumerable<ConsentChange> Changes(DemoNetwork network)
    {
        for (var i = 0; i < network.MemberCount; i++)
        {
            var id = DemoNetwork.IdOf(i);
            foreach (var purpose in Purposes)
            {
                var choice = network.ChoiceOf(i, purpose);
                if (choice == ConsentChoice.NeverAsked)
                    continue;
                yield return ConsentChange.Grant(id, purpose, Source, PolicyVersion);
                if (choice == ConsentChoice.Revoked)
                    yield return ConsentChange.Revoke(id, purpose, Source);
            }
        }
    }
}
