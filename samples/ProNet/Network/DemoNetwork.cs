using System;
using System.Collections.Generic;
using System.Globalization;

namespace ProNet.Network;

/// <summary>What a demo member chose for one purpose on their privacy page.</summary>
public enum ConsentChoice
{
    /// <summary>The switch was never turned on: no event in the ledger, so no consent.</summary>
    NeverAsked,

    /// <summary>Turned on: a grant in the ledger.</summary>
    Granted,

    /// <summary>Turned on, later off: a grant followed by a revocation.</summary>
    Revoked,
}

/// <summary>
/// The embedded demo network: members, their posts and direct messages, where they live and what they chose on
/// their privacy page, all computed from the member's index. The same count gives the same network on every
/// machine and every run (no <see cref="Random"/>, no string hash codes), so the export's figures are
/// reproducible, and nothing is held in memory: a million members stream like a thousand.
/// </summary>
public sealed class DemoNetwork
{
    /// <summary>The embedded default: a small network that seeds in well under a second.</summary>
    public const int DefaultMemberCount = 2_000;

    private const string IdPrefix = "m-";

    /// <summary>
    /// Countries of residence, repeated by weight: 21 of 36 slots outside Europe, 15 in the EEA and Switzerland
    /// (Germany, France, the Netherlands, Ireland, Sweden, Poland, Spain, Italy, Norway, Austria, Belgium, CH).
    /// </summary>
    private static readonly (string Country, string City)[] Places =
    {
        ("US", "New York"), ("US", "Austin"), ("US", "Seattle"), ("US", "Chicago"), ("US", "Denver"), ("US", "Boston"),
        ("CA", "Toronto"), ("CA", "Vancouver"), ("GB", "London"), ("GB", "Manchester"), ("GB", "Edinburgh"),
        ("IN", "Bengaluru"), ("IN", "Pune"), ("IN", "Hyderabad"), ("BR", "São Paulo"), ("BR", "Recife"),
        ("AU", "Sydney"), ("JP", "Tokyo"), ("SG", "Singapore"), ("ZA", "Cape Town"), ("MX", "Guadalajara"),
        ("DE", "Berlin"), ("DE", "Munich"), ("DE", "Hamburg"), ("FR", "Paris"), ("FR", "Lyon"), ("NL", "Amsterdam"),
        ("IE", "Dublin"), ("SE", "Stockholm"), ("PL", "Warsaw"), ("ES", "Madrid"), ("IT", "Milan"), ("NO", "Oslo"),
        ("AT", "Vienna"), ("BE", "Brussels"), ("CH", "Zurich"),
    };

    private static readonly string[] FirstNames = { "Ada", "Grace", "Alan", "Barbara", "Edsger", "Frances", "Ken", "Margaret", "Niklaus", "Radia", "Tim", "Shafi", "Leslie", "Donald", "Katherine", "John" };
    private static readonly string[] LastNames = { "Lovelace", "Hopper", "Turing", "Liskov", "Dijkstra", "Allen", "Thompson", "Hamilton", "Wirth", "Perlman", "Berners-Lee", "Goldwasser", "Lamport", "Knuth", "Johnson", "Backus" };
    private static readonly string[] Roles = { "Engineer", "Designer", "Product manager", "Data scientist", "Recruiter", "Founder", "Consultant", "Researcher" };
    private static readonly string[] Fields = { "payments", "logistics", "health care", "developer tools", "climate tech", "education", "games", "security" };
    private static readonly string[] Topics = { "career", "hiring", "engineering", "leadership", "events", "side projects" };
    private static readonly string[] PostOpenings = { "Excited to share", "Three lessons from", "Hot take on", "What I learned about", "We are hiring for", "Looking back at" };
    private static readonly string[] MessageTexts = { "Thanks for connecting!", "Are you open to a quick call next week?", "Loved your post on {0}.", "Is the {0} role still open?", "Click here to claim your prize", "Can you review my résumé?" };

    public DemoNetwork(int memberCount = DefaultMemberCount)
    {
        if (memberCount < 1)
            throw new ArgumentOutOfRangeException(nameof(memberCount), memberCount, "A network has at least one member.");
        MemberCount = memberCount;
    }

    public int MemberCount { get; }

    public static string IdOf(int index) => IdPrefix + index.ToString("D7", CultureInfo.InvariantCulture);

    /// <summary>The index behind a demo member id, or -1 when it is not one of this network's.</summary>
    public int IndexOf(string? memberId)
    {
        if (memberId is null || !memberId.StartsWith(IdPrefix, StringComparison.Ordinal)
            || !int.TryParse(memberId.AsSpan(IdPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            return -1;
        return index < MemberCount ? index : -1;
    }

    public string CountryOf(int index) => PlaceOf(index).Country;

    public ConsentChoice ChoiceOf(int index, string purpose)
    {
        // Percentages of granted and of revoked consent per purpose; the rest were never asked.
        var (granted, revoked, salt) = purpose switch
        {
            ConsentGuard.Purposes.GenerativeTraining => (30u, 15u, 0x5EEDu),
            ConsentGuard.Purposes.Personalization => (55u, 10u, 0xFEEDu),
            ConsentGuard.Purposes.ContentModeration => (35u, 10u, 0xC0DEu),
            _ => (0u, 0u, 0u),
        };
        var roll = Mix(index, salt) % 100;
        return roll < granted ? ConsentChoice.Granted : roll < granted + revoked ? ConsentChoice.Revoked : ConsentChoice.NeverAsked;
    }

    /// <summary>
    /// Whether the member received the notice of generative training on legitimate interest (the e-mail of
    /// <see cref="ProNetLegalBases.NoticeDate"/>): everyone but about 4%, whose address bounced. Those are never processed
    /// on that basis until a notice reaches them.
    /// </summary>
    public bool WasNotified(int index) => Mix(index, 0xB0B) % 100 >= 4;

    public Member MemberAt(int index)
    {
        var place = PlaceOf(index);
        var first = Pick(FirstNames, index, 1);
        var last = Pick(LastNames, index, 2);
        return new Member
        {
            Id = IdOf(index),
            Name = first + " " + last,
            Email = $"{first.ToLowerInvariant()}.{index}@example.org",
            Headline = $"{Pick(Roles, index, 3)} in {Pick(Fields, index, 4)}",
            City = place.City,
            Country = place.Country,
            Connections = (int)(Mix(index, 5) % 500),
        };
    }

    public IEnumerable<Member> Members()
    {
        for (var i = 0; i < MemberCount; i++)
            yield return MemberAt(i);
    }

    /// <summary>Zero to three posts per member, in member order.</summary>
    public IEnumerable<Post> Posts()
    {
        for (var i = 0; i < MemberCount; i++)
        {
            var count = Mix(i, 6) % 4;
            for (var p = 0u; p < count; p++)
            {
                var topic = Pick(Topics, i, 7 + p);
                yield return new Post
                {
                    Id = $"{IdOf(i)}/p{p}",
                    AuthorId = IdOf(i),
                    Topic = topic,
                    Text = $"{Pick(PostOpenings, i, 10 + p)} {topic} in {Pick(Fields, i, 4)}.",
                };
            }
        }
    }

    /// <summary>Zero to two direct messages sent by each member, to another member.</summary>
    public IEnumerable<DirectMessage> Messages()
    {
        for (var i = 0; i < MemberCount; i++)
        {
            var count = Mix(i, 20) % 3;
            for (var m = 0u; m < count; m++)
            {
                var recipient = MemberCount == 1 ? i : (int)((i + 1 + Mix(i, 21 + m) % (uint)(MemberCount - 1)) % (uint)MemberCount);
                yield return new DirectMessage
                {
                    Id = $"{IdOf(i)}/d{m}",
                    SenderId = IdOf(i),
                    RecipientId = IdOf(recipient),
                    Text = string.Format(CultureInfo.InvariantCulture, Pick(MessageTexts, i, 23 + m), Pick(Topics, i, 7)),
                };
            }
        }
    }

    private static (string Country, string City) PlaceOf(int index) => Places[Mix(index, 0x91ACE) % (uint)Places.Length];

    private static string Pick(string[] values, int index, uint salt) => values[Mix(index, salt) % (uint)values.Length];

    /// <summary>A fixed integer hash (murmur3's finalizer): well spread, and the same on every platform and run.</summary>
    private static uint Mix(int index, uint salt)
    {
        var x = unchecked((uint)index * 0x9E3779B1u ^ salt * 0x85EBCA77u);
        x ^= x >> 16;
        x = unchecked(x * 0x85EBCA6Bu);
        x ^= x >> 13;
        x = unchecked(x * 0xC2B2AE35u);
        x ^= x >> 16;
        return x;
    }
}
