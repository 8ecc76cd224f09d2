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

public class Exporter(IConsentProvider consent, ICorpus corpus, IConsentProvider? maybe)
{
    public void EqualsTrue(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) == true)
            corpus.Add(m.Headline);
    }

    public void NotEqualsFalse(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) != false)
            corpus.Add(m.Headline);
    }

    public void NullConditionalProvider(Member m)
    {
        if (maybe?.IsGranted(m.Id, Purposes.GenerativeTraining) == true)
            corpus.Add(m.Headline);
    }

    public void ElseBranch(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            Console.WriteLine("skipped");
        else
            corpus.Add(m.Headline);
    }

    public void ElseBranchWrongSide(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add({|CG0001:m.Headline|});
    }

    public void WhileBreak(IEnumerable<Member> members)
    {
        using var e = members.GetEnumerator();
        while (e.MoveNext())
        {
            var m = e.Current;
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) break;
            corpus.Add(m.Headline);
        }
    }

    public void BoolLocalOverwritten(Member m, bool force)
    {
        var ok = consent.IsGranted(m.Id, Purposes.GenerativeTraining);
        if (force) ok = true;
        if (ok)
            corpus.Add({|CG0001:m.Headline|});
    }

    public void BoolLocalAndAlso(Member m, bool enabled)
    {
        var ok = enabled && consent.IsGranted(m.Id, Purposes.GenerativeTraining);
        if (!ok) return;
        corpus.Add(m.Headline);
    }

    public void ThrowExpression(Member m)
    {
        _ = consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? 0 : throw new InvalidOperationException("no consent");
        corpus.Add(m.Headline);
    }

    public void CheckedForEachMemberLoopWithAllCheck(IEnumerable<Member> members)
    {
        var list = members.ToList();
        if (list.All(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)))
            foreach (var m in list)
                corpus.Add({|CG0001:m.Headline|});
    }

    public void CheckOtherMember(Member m, Member other)
    {
        if (consent.IsGranted(other.Id, Purposes.GenerativeTraining))
            corpus.Add(m.Headline);
    }

    public void GuardHelper(Member m)
    {
        if (!MayTrain(m)) return;
        corpus.Add({|CG0001:m.Headline|});
    }

    private bool MayTrain(Member m) => m.Connections > 0;

    public void DoWhile(Member m)
    {
        var tries = 0;
        do
        {
            if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            {
                corpus.Add(m.Headline);
                return;
            }
        } while (++tries < 3);
    }

    public void Goto(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) goto done;
        corpus.Add(m.Headline);
    done:
        Console.WriteLine("done");
    }
}
