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
    public void TernaryInInterpolation(Member m) =>
        corpus.Add($"Headline: {(consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? m.Headline : "withheld")}");

    public void TernaryLocal(Member m)
    {
        var h = consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? m.Headline : "";
        corpus.Add(h);
    }

    public void TernaryThenCoalesce(Member m)
    {
        string? h = consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? m.Headline : null;
        corpus.Add(h ?? "(none)");
    }

    public void AndInLocal(Member m)
    {
        var ok = m.Connections > 5 && consent.IsGranted(m.Id, Purposes.GenerativeTraining);
        if (ok)
            corpus.Add(m.Headline);
    }

    public void NegatedLocal(Member m)
    {
        var denied = !consent.IsGranted(m.Id, Purposes.GenerativeTraining);
        if (denied) return;
        corpus.Add(m.Headline);
    }

    public void OrInLocal(Member m, bool staff)
    {
        var ok = staff || consent.IsGranted(m.Id, Purposes.GenerativeTraining);
        if (ok)
            corpus.Add({|CG0001:m.Headline|});
    }

    public void LocalOverwrittenInBranch(Member m, bool force)
    {
        var ok = consent.IsGranted(m.Id, Purposes.GenerativeTraining);
        if (force)
            ok = true;
        if (ok)
            corpus.Add({|CG0001:m.Headline|});
    }

    public void LocalForOtherMemberTestedLater(Member a, Member b)
    {
        var ok = consent.IsGranted(a.Id, Purposes.Personalization);
        if (ok)
            corpus.Add({|CG0003:b.Headline|});
    }
}
