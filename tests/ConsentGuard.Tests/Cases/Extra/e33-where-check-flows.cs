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

public interface IBatchSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void AddRange(IEnumerable<string> texts);
}

public class Gate(IConsentProvider consent)
{
    [ConsentCheck(Purposes.GenerativeTraining)]
    public bool Allows(Member m) => consent.IsGranted(m.Id, Purposes.GenerativeTraining);
}

public class Exporter(IConsentProvider consent, Gate gate, ICorpus corpus, IBatchSink batch)
{
    public void Foreach(List<Member> ms)
    {
        foreach (var m in ms.Where(x => consent.IsGranted(x.Id, Purposes.GenerativeTraining)))
            corpus.Add(m.Headline);
    }

    public void Materialized(List<Member> ms)
    {
        var consenting = ms.Where(x => consent.IsGranted(x.Id, Purposes.GenerativeTraining)).ToList();
        batch.AddRange(consenting.Select(x => x.Headline));
        foreach (var m in consenting)
            corpus.Add(m.Headline.Trim());
    }

    public void MethodGroupCheck(List<Member> ms) => batch.AddRange(ms.Where(gate.Allows).Select(x => x.Headline));

    public void CombinedFilter(List<Member> ms) =>
        batch.AddRange(ms.Where(x => x.Connections > 10 && consent.IsGranted(x.Id, Purposes.GenerativeTraining)).Select(x => x.Headline));

    public void OrFilter(List<Member> ms) =>
        batch.AddRange({|CG0001:ms.Where(x => x.Connections > 10 || consent.IsGranted(x.Id, Purposes.GenerativeTraining)).Select(x => x.Headline)|});

    public void WrongPurposeFilter(List<Member> ms)
    {
        foreach (var m in ms.Where(x => consent.IsGranted(x.Id, Purposes.Personalization)))
            corpus.Add({|CG0003:m.Headline|});
    }

    public void FilterThenConcatUnfiltered(List<Member> ms, List<Member> others) =>
        batch.AddRange({|CG0001:ms.Where(x => consent.IsGranted(x.Id, Purposes.GenerativeTraining)).Concat(others).Select(x => x.Headline)|});

    public void FilteredButUndeclaredMember(List<Member> ms) =>
        batch.AddRange({|CG0002:ms.Where(x => consent.IsGranted(x.Id, Purposes.GenerativeTraining)).Select(x => x.Email)|});

    public void FilteredFirst(List<Member> ms) =>
        corpus.Add(ms.Where(x => consent.IsGranted(x.Id, Purposes.GenerativeTraining)).Select(x => x.Headline).FirstOrDefault() ?? "");
}
