using System;
using System.Collections.Generic;
using System.Linq;
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

    public string Summary => $"{Headline} <{Email}>";
    public string Title => Headline.ToUpperInvariant();
    public string Size => Connections > 500 ? "large" : "small";
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

public sealed record Post(
    [property: DataSubject] string AuthorId,
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)] string Body)
{
    public string Preview => Body.Length > 20 ? Body[..20] : Body;
}

public sealed class Team(List<Member> members)
{
    public string this[int i] => members[i].Headline;
    public Member Lead => members[0];
    public int Size => members.Count;
}

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    public void ComputedMixed(Member m) => corpus.Add({|CG0002:m.Summary|});

    public void ComputedSingle(Member m) => corpus.Add({|CG0001:m.Title|});

    public void ComputedSingleChecked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add(m.Title);
    }

    public void ComputedPublic(Member m) => corpus.Add(m.Size);

    public void RecordPreview(Post p) => corpus.Add({|CG0001:p.Preview|});

    public void Indexer(Team t) => corpus.Add({|CG0001:t[0]|});

    public void LeadHeadline(Team t) => corpus.Add({|CG0001:t.Lead.Headline|});

    public void TeamSize(Team t) => corpus.Add(t.Size.ToString());
}
