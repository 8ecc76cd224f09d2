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

public class Repo
{
    private readonly Dictionary<string, Member> _members = new();
    public Member Get(string id) => _members[id];
}

public class Card
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Professional), ConsentPurpose(Purposes.GenerativeTraining)] public string Title { get; set; } = "";
    public string Display => "[" + Title + "]";
}

public class Texts(Repo repo)
{
    public string A(string id) => B(id) + "!";
    private string B(string id) => C(id).Trim();
    private string C(string id) => D(id);
    private string D(string id) => repo.Get(id).Headline;

    public string EmailOf(string id) => "<" + repo.Get(id).Email + ">";

    public string Stats(string id) => repo.Get(id).Connections.ToString();

    public string Headline { get; set; } = "";

    public IEnumerable<string> AllHeadlines(IEnumerable<string> ids)
    {
        foreach (var id in ids)
            yield return repo.Get(id).Headline;
    }
}

public class Job(IConsentProvider consent, Texts texts, ICorpus corpus)
{
    public void FourDeep(string id) => corpus.Add({|CG0001:texts.A(id)|});

    public void UndeclaredThroughHelper(string id)
    {
        if (consent.IsGranted(id, Purposes.GenerativeTraining))
            corpus.Add({|CG0002:texts.EmailOf(id)|});
    }

    public void NonPersonalHelper(string id) => corpus.Add(texts.Stats(id));

    public void Iterator(List<string> ids) => corpus.Add({|CG0001:string.Join(",", texts.AllHeadlines(ids))|});

    public void ComputedProperty(Card card) => corpus.Add({|CG0001:card.Display|});

    public void PublicPropertyOfHelperIsNotPersonal() => corpus.Add(texts.Headline);

    public void Checked(string id)
    {
        if (consent.IsGranted(id, Purposes.GenerativeTraining))
            corpus.Add(texts.A(id));
    }
}
