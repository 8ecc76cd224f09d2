using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
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

public interface IAssistantMemory
{
    [ConsentSink(Purposes.GenerativeTraining), ConsentSink(Purposes.Personalization)] void Remember(string text);
}

[ConsentSink(Purposes.Personalization)]
public interface IFeedStore
{
    [ConsentSink(Purposes.GenerativeTraining)] void Store(string text);
}

public class Exporter(IConsentProvider consent, IAssistantMemory memory, IFeedStore feed)
{
    public void BothChecked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) && consent.IsGranted(m.Id, Purposes.Personalization))
            memory.Remember(m.Headline);
    }

    public void OneChecked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            memory.Remember({|CG0003:m.Headline|});
    }

    public void TypeAndMethodPurposes(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            feed.Store({|CG0003:m.Headline|});
    }

    public void TypeAndMethodBothChecked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) && consent.IsGranted(m.Id, Purposes.Personalization))
            feed.Store(m.Headline);
    }
}
