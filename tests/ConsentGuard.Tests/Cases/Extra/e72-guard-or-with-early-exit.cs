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
    public void SkipUnconsentedOrEmpty(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining) || m.Headline.Length == 0) return;
        corpus.Add(m.Headline);
    }

    public void LoopSkip(IEnumerable<Member> members)
    {
        foreach (var m in members)
        {
            if (m.Connections == 0 || !consent.IsGranted(m.Id, Purposes.GenerativeTraining)) continue;
            corpus.Add(m.Headline);
        }
    }

    public void AdminOverride(Member m, bool isAdmin)
    {
        if (isAdmin || consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add({|CG0001:m.Headline|});
    }

    public void NegatedConjunction(Member m)
    {
        if (!(consent.IsGranted(m.Id, Purposes.GenerativeTraining) && m.Connections > 0)) return;
        corpus.Add(m.Headline);
    }

    public void BothMustFailToReturn(Member m, bool isAdmin)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining) && !isAdmin) return;
        corpus.Add({|CG0001:m.Headline|});
    }

    public void ForcedLocal(Member m, bool force)
    {
        var ok = consent.IsGranted(m.Id, Purposes.GenerativeTraining) || force;
        if (!ok) return;
        corpus.Add({|CG0001:m.Headline|});
    }

    public void ThrowOnEither(Member m)
    {
        if (m.Headline.Length > 280 || !consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            throw new InvalidOperationException("not exportable");
        corpus.Add(m.Headline);
    }
}
