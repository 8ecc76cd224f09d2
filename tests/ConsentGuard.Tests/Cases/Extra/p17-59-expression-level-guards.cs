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

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    public void SwitchArmWhen(Member m)
    {
        var text = m switch
        {
            { Connections: > 0 } when consent.IsGranted(m.Id, Purposes.GenerativeTraining) => m.Headline,
            _ => "",
        };
        corpus.Add(text);
    }

    public void SwitchArmWhenWrongArm(Member m)
    {
        var text = m switch
        {
            { Connections: > 0 } when consent.IsGranted(m.Id, Purposes.GenerativeTraining) => "",
            _ => m.Headline,
        };
        corpus.Add({|CG0001:text|});
    }

    public void ConditionalWithAnd(Member m) =>
        corpus.Add(consent.IsGranted(m.Id, Purposes.GenerativeTraining) && m.Headline.Length > 0 ? m.Headline : "");

    public void ConditionalWithOr(Member m) =>
        corpus.Add({|CG0001:consent.IsGranted(m.Id, Purposes.GenerativeTraining) || m.Connections > 0 ? m.Headline : ""|});

    public void NestedConditional(Member m, bool verbose) =>
        corpus.Add(consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? (verbose ? $"{m.Headline}!" : m.Headline) : "");

    public void ConditionalLocal(Member m)
    {
        var text = consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? m.Headline : null;
        if (text is not null)
            corpus.Add(text);
    }

    public void CoalesceAfterConditional(Member m)
    {
        var text = consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? m.Headline : null;
        corpus.Add(text ?? "(withheld)");
    }

    public void ConditionalWrongPurpose(Member m) =>
        corpus.Add({|CG0003:consent.IsGranted(m.Id, Purposes.Personalization) ? m.Headline : ""|});
}
