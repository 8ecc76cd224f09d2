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

[ConsentPurpose(Purposes.GenerativeTraining)]
public class Bio
{
    [DataSubject] public string MemberId { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent)] public string Text { get; set; } = "";
}

public static class Redaction
{
    [Anonymizer] public static string Mask(string s) => new string('*', s.Length);
}

public class Exporter(IConsentProvider consent, ICorpus corpus, IFeed feed)
{
    public void UncheckedUndeclared(Member m) => corpus.Add({|CG0002:m.Email|});

    public void WrongCheckUndeclared(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.Personalization))
            corpus.Add({|CG0002:m.Email|});
    }

    public void MixedOrigins(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add({|CG0002:$"{m.Headline} <{m.Email}>"|});
    }

    public void AnonymizedUndeclaredPart(Member m) => corpus.Add({|CG0001:Redaction.Mask(m.Email) + " " + m.Headline|});

    public void PurposeOnContainingType(Bio b)
    {
        if (consent.IsGranted(b.MemberId, Purposes.GenerativeTraining))
            corpus.Add(b.Text);
    }

    public void PurposeOnContainingTypeOtherSink(Bio b)
    {
        if (consent.IsGranted(b.MemberId, Purposes.Personalization))
            feed.Rank({|CG0002:b.Text|});
    }

    public void BothPurposesChecked(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining) || !consent.IsGranted(m.Id, Purposes.Personalization)) return;
        corpus.Add(m.Headline);
        feed.Rank(m.Headline);
    }
}
