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

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    public void CaseGuard(Member m)
    {
        switch (m)
        {
            case { Connections: > 500 } when consent.IsGranted(m.Id, Purposes.GenerativeTraining):
                corpus.Add(m.Headline);
                break;
            case { Connections: > 500 }:
                corpus.Add({|CG0001:m.Headline|});
                break;
        }
    }

    public void ArmGuard(Member m)
    {
        var text = m switch
        {
            { Connections: 0 } => "",
            _ when consent.IsGranted(m.Id, Purposes.GenerativeTraining) => m.Headline,
            _ => "(private)",
        };
        corpus.Add(text);
    }

    public void ArmWithoutGuard(Member m)
    {
        var text = m switch
        {
            { Connections: 0 } => m.Headline,
            _ when consent.IsGranted(m.Id, Purposes.GenerativeTraining) => m.Headline,
            _ => "(private)",
        };
        corpus.Add({|CG0001:text|});
    }

    public void WrongPurposeGuard(Member m)
    {
        switch (m)
        {
            case { Headline: var h } when consent.IsGranted(m.Id, Purposes.Personalization):
                corpus.Add({|CG0003:h|});
                break;
        }
    }
}
