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

public class Policy(IConsentProvider consent)
{
    public bool MayTrain(Member m) => consent.IsGranted(m.Id, Purposes.GenerativeTraining);

    public bool MayTrainAndActive(Member m) => consent.IsGranted(m.Id, Purposes.GenerativeTraining) && m.Connections > 0;

    public bool MayTrainOrStaff(Member m) => consent.IsGranted(m.Id, Purposes.GenerativeTraining) || m.Connections > 1000;

    public async Task<bool> MayTrainAsync(Member m) => await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining);

    public void Deny(string reason) => throw new UnauthorizedAccessException(reason);
}

public class Exporter(IConsentProvider consent, Policy policy, ICorpus corpus)
{
    public void Wrapper(Member m)
    {
        if (policy.MayTrain(m))
            corpus.Add(m.Headline);
    }

    public void WrapperAnd(Member m)
    {
        if (!policy.MayTrainAndActive(m)) return;
        corpus.Add(m.Headline);
    }

    public void WrapperOr(Member m)
    {
        if (policy.MayTrainOrStaff(m))
            corpus.Add({|CG0001:m.Headline|});
    }

    public void ThrowHelper(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) policy.Deny("no consent");
        corpus.Add(m.Headline);
    }

    public void DebugAssert(Member m)
    {
        System.Diagnostics.Debug.Assert(consent.IsGranted(m.Id, Purposes.GenerativeTraining));
        corpus.Add({|CG0001:m.Headline|});
    }

    public void EmptyThen(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) { }
        else return;
        corpus.Add(m.Headline);
    }

    public void BlockReturn(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
        {
            Console.WriteLine($"skipping {m.Id}");
            return;
        }
        corpus.Add(m.Headline);
    }

    public void AwaitedTaskLater(Member m)
    {
        var pending = consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining);
        Console.WriteLine("looking up consent");
        if (pending.Result)
            corpus.Add(m.Headline);
    }

    public void CheckAfterLoopBreaksOut(IEnumerable<Member> members)
    {
        foreach (var m in members)
        {
            if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            {
                corpus.Add(m.Headline);
                continue;
            }
            corpus.Add({|CG0001:m.Headline|});
        }
    }

    public void TwoChecksBothPurposes(Member m, IFeed feed)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) && consent.IsGranted(m.Id, Purposes.Personalization))
        {
            corpus.Add(m.Headline);
            feed.Rank(m.Headline);
        }
    }
}

public interface IFeed
{
    [ConsentSink(Purposes.Personalization)] void Rank(string signal);
}
