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

public interface IFeed
{
    [ConsentSink(Purposes.Personalization)] void Rank(string signal);
}

public class Repository(IConsentProvider consent, List<Member> members)
{
    [ConsentCleared(Purposes.GenerativeTraining)]
    public string? HeadlineFor(string id)
    {
        var m = members.Find(x => x.Id == id);
        if (m is null) return null;
        return {|CG0001:m.Headline|};
    }

    [ConsentCleared(Purposes.GenerativeTraining)]
    public string? CheckedHeadline(string id)
    {
        var m = members.Find(x => x.Id == id);
        if (m is null || !consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return null;
        return m.Headline;
    }

    [return: ConsentCleared(Purposes.GenerativeTraining)]
    public IEnumerable<string> Stream()
    {
        foreach (var m in members)
            yield return {|CG0001:m.Headline|};
    }

    [return: ConsentCleared(Purposes.GenerativeTraining)]
    public async Task<string> LoadAsync(Member m)
    {
        await Task.Yield();
        return {|CG0001:m.Headline|};
    }

    [return: ConsentCleared(Purposes.GenerativeTraining)]
    public string EmailIfConsented(Member m) => {|CG0002:consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? m.Email : ""|};

    [return: ConsentCleared(Purposes.GenerativeTraining)]
    public IEnumerable<string> Filtered() => members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(m => m.Headline);

    [return: ConsentCleared(Purposes.GenerativeTraining)]
    public string Constant() => "no personal data";
}

public class Job(Repository repo, ICorpus corpus, IFeed feed)
{
    public void Trusted(string id)
    {
        if (repo.CheckedHeadline(id) is { } h)
            corpus.Add(h);
    }

    public void OtherPurpose(string id)
    {
        if (repo.CheckedHeadline(id) is { } h)
            feed.Rank({|CG0003:h|});
    }
}
