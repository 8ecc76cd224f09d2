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
    public void SwitchArm(Member m, int mode) =>
        corpus.Add({|CG0001:mode switch { 0 => m.Headline, 1 => m.Headline.ToLowerInvariant(), _ => "none" }|});

    public void SwitchArmPublic(Member m, int mode) =>
        corpus.Add(mode switch { 0 => "zero", _ => m.Connections.ToString() });

    public void SwitchOnLength(Member m) =>
        corpus.Add(m.Headline.Length switch { 0 => "empty", < 20 => "short", _ => "long" });

    public void PropertyPatternBinding(Member m)
    {
        if (m is { Headline: var h, Connections: > 10 })
            corpus.Add({|CG0001:h|});
    }

    public void PropertyPatternBindingChecked(Member m)
    {
        if (m is { Headline: var h } && consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add(h);
    }

    public void NotNullPatternChecked(Member? m)
    {
        if (m?.Headline is { } h && consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add(h);
    }

    public void IsFalseReturn(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) is false) return;
        corpus.Add(m.Headline);
    }

    public void IsNotTrueReturn(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) is not true) return;
        corpus.Add(m.Headline);
    }

    public void SwitchStatementOnCheck(Member m)
    {
        switch (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
        {
            case true:
                corpus.Add(m.Headline);
                break;
            case false:
                corpus.Add({|CG0001:m.Headline|});
                break;
        }
    }

    public void TypePattern(Member m)
    {
        object o = m.Headline;
        if (o is string s)
            corpus.Add({|CG0001:s|});
    }

    public void ListPattern(Member[] members)
    {
        if (members is [var first, ..])
            corpus.Add({|CG0001:first.Headline|});
    }

    public void ListPatternChecked(Member[] members)
    {
        if (members is [var first, ..] && consent.IsGranted(first.Id, Purposes.GenerativeTraining))
            corpus.Add(first.Headline);
    }

    public string Label(Member m) => m switch
    {
        { Connections: > 500 } => "influencer",
        _ => "member",
    };

    public void SwitchOnMemberPublicArms(Member m) => corpus.Add(Label(m));
}
