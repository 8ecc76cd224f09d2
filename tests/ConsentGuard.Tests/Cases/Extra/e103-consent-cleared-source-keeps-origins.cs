using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    [ConsentPurpose(Purposes.Personalization)]
    public string Headline { get; set; } = "";
    public int Connections { get; set; }
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

// Reading chosen (SPEC §5): only a [ConsentCleared] member of another assembly or an interface has unknown origins;
// a source method's value keeps its origins (Member.Headline), so purpose limitation (CG0002) applies to it.

public interface IAds
{
    [ConsentSink(Purposes.Advertising)] void Target(string signal);
}

public interface IFeed
{
    [ConsentSink(Purposes.Personalization)] void Rank(string signal);
}

public interface IConsentedExport
{
    [return: ConsentCleared(Purposes.GenerativeTraining)] IEnumerable<string> Headlines();
}

public class HeadlineRepository(IConsentProvider consent, List<Member> members)
{
    [return: ConsentCleared(Purposes.GenerativeTraining)]
    public IEnumerable<string> ConsentedHeadlines() =>
        members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(m => m.Headline);
}

public class Campaigns(HeadlineRepository repo, IConsentedExport export, ICorpus corpus, IFeed feed, IAds ads)
{
    public void Training()
    {
        foreach (var h in repo.ConsentedHeadlines())
            corpus.Add(h);
    }

    public void Feed()
    {
        foreach (var h in repo.ConsentedHeadlines())
            feed.Rank({|CG0003:h|});
    }

    public void Ads()
    {
        foreach (var h in repo.ConsentedHeadlines())
            ads.Target({|CG0002:h|});
    }

    public void AdsFromInterface()
    {
        foreach (var h in export.Headlines())
            ads.Target({|CG0003:h|});
    }
}
