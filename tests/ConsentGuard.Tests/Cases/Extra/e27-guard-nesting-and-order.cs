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
    public void Nested(Member m, bool active)
    {
        if (active)
        {
            if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            {
                if (m.Connections > 0)
                    corpus.Add(m.Headline);
            }
        }
    }

    public void ElseBranch(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
        {
            Console.WriteLine("skipped");
        }
        else
        {
            corpus.Add(m.Headline);
        }
    }

    public void ReturnInBlock(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
        {
            Console.WriteLine("no consent");
            return;
        }
        corpus.Add(m.Headline);
    }

    public void DoubleNegation(Member m)
    {
        if (!!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add(m.Headline);
    }

    public void ReversedEquality(Member m)
    {
        if (true == consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add(m.Headline);
    }

    public void CheckAfterSink(Member m)
    {
        corpus.Add({|CG0001:m.Headline|});
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
    }

    public void SinkBeforeCheckInLoop(List<Member> ms)
    {
        foreach (var m in ms)
        {
            corpus.Add({|CG0001:m.Headline|});
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) break;
        }
    }

    public void CheckResultIgnoredInBranch(Member m, bool force)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) || force)
            Console.WriteLine("maybe");
        corpus.Add({|CG0001:m.Headline|});
    }
}
