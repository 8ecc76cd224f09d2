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
    public void ElseOfNegated(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
        {
            Console.WriteLine($"skipping {m.Id}");
        }
        else
        {
            corpus.Add(m.Headline);
        }
    }

    public void ElseOfGranted(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
        {
            Console.WriteLine("granted");
        }
        else
        {
            corpus.Add({|CG0001:m.Headline|});
        }
    }

    public void ThrowElse(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            throw new InvalidOperationException("no consent");
        else
            corpus.Add(m.Headline);
    }

    public void EqualsFalseReturns(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) == false) return;
        corpus.Add(m.Headline);
    }

    public void NotEqualsTrueReturns(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) != true) return;
        corpus.Add(m.Headline);
    }

    public void IsFalseReturns(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) is false) return;
        corpus.Add(m.Headline);
    }

    public void DeniedLocal(Member m)
    {
        bool denied = !consent.IsGranted(m.Id, Purposes.GenerativeTraining);
        if (denied) return;
        corpus.Add(m.Headline);
    }

    public void DeniedLocalInverted(Member m)
    {
        bool denied = !consent.IsGranted(m.Id, Purposes.GenerativeTraining);
        if (!denied) return;
        corpus.Add({|CG0001:m.Headline|});
    }

    public void NegatedTernary(Member m) =>
        corpus.Add(!consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? "(private)" : m.Headline);

    public void ElseIfChain(Member m, int mode)
    {
        if (mode == 0)
            return;
        else if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            return;
        else
            corpus.Add(m.Headline);
    }
}
