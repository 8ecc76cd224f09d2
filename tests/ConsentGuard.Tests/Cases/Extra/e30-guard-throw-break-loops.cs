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
    public void ThrowExpression(Member m)
    {
        var granted = consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? true : throw new UnauthorizedAccessException("no consent");
        Console.WriteLine(granted);
        corpus.Add(m.Headline);
    }

    public void ArgumentException(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            throw new ArgumentException("no consent", nameof(m));
        corpus.Add(m.Headline);
    }

    public void ForContinue(List<Member> ms)
    {
        for (var i = 0; i < ms.Count; i++)
        {
            if (!consent.IsGranted(ms[i].Id, Purposes.GenerativeTraining)) continue;
            corpus.Add(ms[i].Headline);
        }
    }

    public void WhileTrueBreakOnlyWhenGranted(Member m)
    {
        while (true)
        {
            if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) break;
            return;
        }
        corpus.Add(m.Headline);
    }

    public void WhileGuard(Member m)
    {
        while (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
        {
            corpus.Add(m.Headline);
            break;
        }
    }

    public void AfterWhileGuard(Member m)
    {
        while (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            break;
        corpus.Add({|CG0001:m.Headline|});
    }

    public void Goto(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) goto send;
        return;
    send:
        corpus.Add(m.Headline);
    }

    public void LockAndUsing(Member m, object gate)
    {
        lock (gate)
        {
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        }
        using var buffer = new System.IO.MemoryStream();
        corpus.Add(m.Headline);
    }
}
