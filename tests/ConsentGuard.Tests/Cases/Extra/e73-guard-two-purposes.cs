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

public interface ISearchIndex
{
    [ConsentSink(Purposes.GenerativeTraining)]
    [ConsentSink(Purposes.Personalization)]
    void Index(string text);
}

public class Exporter(IConsentProvider consent, ICorpus corpus, IFeed feed, ISearchIndex index)
{
    public void Both(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) && consent.IsGranted(m.Id, Purposes.Personalization))
        {
            corpus.Add(m.Headline);
            feed.Rank(m.Headline);
            index.Index(m.Headline);
        }
    }

    public void NestedElse(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
        {
            corpus.Add(m.Headline);
            if (consent.IsGranted(m.Id, Purposes.Personalization))
                feed.Rank(m.Headline);
            else
                feed.Rank({|CG0003:m.Headline|});
        }
    }

    public void TwoLocals(Member m)
    {
        var mayTrain = consent.IsGranted(m.Id, Purposes.GenerativeTraining);
        var mayPersonalize = consent.IsGranted(m.Id, Purposes.Personalization);
        if (mayPersonalize)
            feed.Rank(m.Headline);
        if (mayTrain)
            corpus.Add(m.Headline);
        if (mayTrain)
            feed.Rank({|CG0003:m.Headline|});
    }

    public void MultiPurposeSinkHalfChecked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            index.Index({|CG0003:m.Headline|});
    }

    public void SequentialEarlyReturns(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.Personalization)) return;
        feed.Rank(m.Headline);
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        index.Index(m.Headline);
    }
}
