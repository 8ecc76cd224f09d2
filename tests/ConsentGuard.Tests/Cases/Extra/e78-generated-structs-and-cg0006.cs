using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard;


public partial record struct Reaction(
    [property: DataSubject] string MemberId,
    [property: PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.Personalization)] string Emoji,
    int Count);

public partial struct Bookmark
{
    [DataSubject] public string MemberId { get; set; }
    [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.Personalization)] public string Url { get; set; }
}

public class {|CG0006:SavedSearch|}
{
    [DataSubject] public string MemberId { get; set; } = "";
    [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.Personalization)] public string Query { get; set; } = "";
}

public partial class {|CG0006:AnonymousVote|}
{
    [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.Analytics)] public string Choice { get; set; } = "";
}

public partial class ProfileView
{
    [DataSubject] public string ViewerId { get; set; } = "";
    [PersonalData(PersonalDataCategory.Behavioral)] public string ViewedProfile { get; set; } = "";
}

public interface IRanker
{
    [ConsentSink(Purposes.Personalization)] void AddSignal(string signal);
}

public class Signals(IConsentProvider consent, IRanker ranker)
{
    public void Reactions(IEnumerable<Reaction> reactions)
    {
        foreach (var v in reactions.ForPersonalization(consent))
            ranker.AddSignal(v.Emoji);
    }

    public void OneReaction(Reaction r)
    {
        if (r.ForPersonalization(consent) is { } v)
            ranker.AddSignal(v.Emoji);
        ranker.AddSignal({|CG0001:r.Emoji|});
    }

    public void Bookmark(Bookmark b)
    {
        var v = b.ForPersonalization(consent);
        if (v is not null)
            ranker.AddSignal(v.Url);
    }

    public void Search(SavedSearch s)
    {
        if (consent.IsGranted(s.MemberId, Purposes.Personalization))
            ranker.AddSignal(s.Query);
    }
}
