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

public interface IBatchSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void AddRange(IEnumerable<string> texts);
}

public sealed record ConsentRow(string MemberId, bool Granted);

public class Policy(IConsentProvider consent)
{
    public bool MayTrain(Member m) => consent.IsGranted(m.Id, Purposes.GenerativeTraining);
}

public class Exporter(IConsentProvider consent, Policy policy, IBatchSink sink, ICorpus corpus)
{
    public void WrapperMethodGroup(IEnumerable<Member> members) =>
        sink.AddRange(members.Where(policy.MayTrain).Select(m => m.Headline));

    public void WrapperLambda(IEnumerable<Member> members) =>
        sink.AddRange(members.Where(m => policy.MayTrain(m)).Select(m => m.Headline));

    public void LocalFunctionGroup(IEnumerable<Member> members)
    {
        sink.AddRange(members.Where(Consented).Select(m => m.Headline));

        bool Consented(Member m) => consent.IsGranted(m.Id, Purposes.GenerativeTraining);
    }

    public void NegatedPredicate(IEnumerable<Member> members) =>
        sink.AddRange({|CG0001:members.Where(m => !consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(m => m.Headline)|});

    public void OrPredicate(IEnumerable<Member> members) =>
        sink.AddRange({|CG0001:members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining) || m.Connections > 1000).Select(m => m.Headline)|});

    public void AndPredicate(IEnumerable<Member> members) =>
        sink.AddRange(members.Where(m => m.Connections > 10 && consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(m => m.Headline));

    public void ChainedWheres(IEnumerable<Member> members) =>
        sink.AddRange(members.Where(m => m.Connections > 10).Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(m => m.Headline));

    public void ConcatUnchecked(IEnumerable<Member> members, IEnumerable<Member> others) =>
        sink.AddRange({|CG0001:members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(m => m.Headline)
            .Concat(others.Select(o => o.Headline))|});

    public void FilteredListLater(IEnumerable<Member> members)
    {
        var allowed = members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).ToList();
        foreach (var m in allowed)
            corpus.Add(m.Headline);
    }

    public void FilteredThenOrdered(IEnumerable<Member> members)
    {
        var allowed = members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).OrderBy(m => m.Connections).Take(10);
        corpus.Add(string.Join("\n", allowed.Select(m => m.Headline)));
    }

    public void ConsentTableJoin(IEnumerable<Member> members, IEnumerable<ConsentRow> rows) =>
        sink.AddRange({|CG0001:from m in members
                      join r in rows on m.Id equals r.MemberId
                      where r.Granted
                      select m.Headline|});

    public void WrongPurposePredicate(IEnumerable<Member> members) =>
        sink.AddRange({|CG0003:members.Where(m => consent.IsGranted(m.Id, Purposes.Personalization)).Select(m => m.Headline)|});

    public void EmailAfterCheck(IEnumerable<Member> members) =>
        sink.AddRange({|CG0002:members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(m => m.Email)|});
}
