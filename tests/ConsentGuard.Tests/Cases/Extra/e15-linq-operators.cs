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

public class Exporter(IConsentProvider consent, ICorpus corpus, IBatchSink batch)
{
    public void SelectMany(List<Member> ms) => batch.AddRange({|CG0001:ms.SelectMany(m => m.Headline.Split(' '))|});

    public void Chain(List<Member> ms) =>
        batch.AddRange({|CG0001:ms.OrderBy(m => m.Connections).Take(10).Select(m => m.Headline).Distinct().ToList()|});

    public void GroupByKey(List<Member> ms) => batch.AddRange({|CG0001:ms.GroupBy(m => m.Headline).Select(g => g.Key)|});

    public void DictionaryValues(List<Member> ms) => batch.AddRange({|CG0001:ms.ToDictionary(m => m.Id, m => m.Headline).Values|});

    public void FirstOrDefault(List<Member> ms) => corpus.Add({|CG0001:ms.Select(m => m.Headline).FirstOrDefault() ?? ""|});

    public void Zip(List<Member> ms, List<string> prompts) => batch.AddRange({|CG0001:prompts.Zip(ms, (p, m) => p + m.Headline)|});

    public void NonPersonalProjection(List<Member> ms) => batch.AddRange(ms.Select(m => m.Connections.ToString()));

    public void OrderedByPersonalKeyProjectedToId(List<Member> ms) => batch.AddRange(ms.OrderBy(m => m.Headline).Select(m => m.Id));

    public void CheckedGroupByKey(List<Member> ms) =>
        batch.AddRange(ms.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).GroupBy(m => m.Headline).Select(g => g.Key));

    public void CheckedDictionaryValues(List<Member> ms) =>
        batch.AddRange(ms.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).ToDictionary(m => m.Id, m => m.Headline).Values);

    public void CheckedZip(List<Member> ms, List<string> prompts) =>
        batch.AddRange(prompts.Zip(ms.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)), (p, m) => p + m.Headline));
}
