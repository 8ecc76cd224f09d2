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

public class Writer(ICorpus corpus, IFeed feed)
{
    public void Both([ConsentSink(Purposes.GenerativeTraining)] string text)
    {
        corpus.Add(text);
        feed.Rank(text);
    }
}

public class Job(IConsentProvider consent, Writer writer)
{
    public void OnlyTrainingChecked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            writer.Both({|CG0003:m.Headline|});
    }

    public void BothChecked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) && consent.IsGranted(m.Id, Purposes.Personalization))
            writer.Both(m.Headline);
    }
}
