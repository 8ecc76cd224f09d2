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

    /// <summary>When the objections of the demo members who turned the generative-training switch off were recorded.</summary>
    public static readonly System.DateTimeOffset ObjectionsAt = new(2025, 10, 15, 9, 0, 0, System.TimeSpan.Zero);

    /// <summary>Appends every member's events in one transaction (all or nothing) and returns how many.</summary>
    public static int Seed(IConsentLedger ledger, DemoNetwork network) => ledger.Append(Changes(network)).Count;

    /// <summary>
    /// The legitimate-interest side of the demo: the notice e-mail of <see cref="ProNetLegalBases.NoticeDate"/> to every
    /// member it reached, and an objection from each member who turned the generative-training switch off, stamped on
    /// their days (the ledger's clock for these writes). Returns how many events.
    /// </summary>
    public static int SeedNoticesAndObjections<TLedger>(System.Func<IConsentClock, TLedger> openAt, DemoNetwork network)
        where TLedger : IObjectionLedger, System.IDisposable
    {
        var notified = new List<string>();
        var objected = new List<string>();
        for (var i = 0; i < network.MemberCount; i++)
        {
            if (network.WasNotified(i))
                notified.Add(DemoNetwork.IdOf(i));
            if (network.ChoiceOf(i, ConsentGuard.Purposes.GenerativeTraining) == ConsentChoice.Revoked)
                objected.Add(DemoNetwork.IdOf(i));
        }
        var noticeDay = System.DateTime.ParseExact(ProNetLegalBases.NoticeDate, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using (var atNotice = openAt(new FixedClock(new System.DateTimeOffset(noticeDay.AddHours(9), System.TimeSpan.Zero))))
            atNotice.RecordNotices(notified, ConsentGuard.Purposes.GenerativeTraining, "notice-email:" + ProNetLegalBases.NoticeDate);
        using (var atObjection = openAt(new FixedClock(ObjectionsAt)))
            atObjection.RecordObjections(objected, ConsentGuard.Purposes.GenerativeTraining, Source);
        return notified.Count + objected.Count;
    }

    private sealed class FixedClock(System.DateTimeOffset instant) : IConsentClock
    {
        public System.DateTimeOffset UtcNow => instant;
    }

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
