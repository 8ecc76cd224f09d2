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

public interface IAuthored
{
    [DataSubject] string AuthorId { get; }

    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
    string Text { get; }
}

public sealed class Comment : IAuthored
{
    public string AuthorId { get; init; } = "";
    public string Text { get; init; } = "";
    public int Upvotes { get; init; }
}

[ConsentPurpose(Purposes.GenerativeTraining)]
public sealed class Endorsement
{
    [DataSubject] public string FromId { get; init; } = "";
    [PersonalData(PersonalDataCategory.Professional)] public string Skill { get; init; } = "";
    [PersonalData(PersonalDataCategory.Contact)] public static string SupportEmail = "";
}

public interface IFeed
{
    [ConsentSink(Purposes.Personalization)] void Rank(string signal);
}

public class Exporter(IConsentProvider consent, ICorpus corpus, IFeed feed)
{
    public void Generic<T>(T item) where T : IAuthored => corpus.Add({|CG0001:item.Text|});

    public void GenericChecked<T>(IEnumerable<T> items) where T : IAuthored
    {
        foreach (var item in items)
            if (consent.IsGranted(item.AuthorId, Purposes.GenerativeTraining))
                corpus.Add(item.Text);
    }

    public void ThroughInterface(Comment c)
    {
        IAuthored a = c;
        corpus.Add({|CG0001:a.Text|});
    }

    public void Upvotes(Comment c) => corpus.Add(c.Upvotes.ToString());

    public void EndorsedSkill(Endorsement e) => corpus.Add({|CG0001:e.Skill|});

    public void EndorsedSkillChecked(Endorsement e)
    {
        if (consent.IsGranted(e.FromId, Purposes.GenerativeTraining))
            corpus.Add(e.Skill);
    }

    public void EndorsedSkillToFeed(Endorsement e)
    {
        if (consent.IsGranted(e.FromId, Purposes.Personalization))
            feed.Rank({|CG0002:e.Skill|});
    }

    public void StaticField() => corpus.Add({|CG0001:Endorsement.SupportEmail|});
}
