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
    public void Count(List<Member> ms) => corpus.Add(ms.Count(m => m.Headline.Contains("AI")).ToString());

    public void Any(List<Member> ms) => corpus.Add(ms.Any(m => m.Email.EndsWith(".edu")) ? "some students" : "none");

    public void AllAndContains(List<Member> ms, string h) =>
        corpus.Add(ms.Select(m => m.Headline).Contains(h) && ms.All(m => m.Connections > 0) ? "yes" : "no");

    public void SumOfNonPersonal(List<Member> ms) => corpus.Add(ms.Sum(m => m.Connections).ToString());

    public void AverageLength(List<Member> ms) => corpus.Add(ms.Average(m => m.Headline.Length).ToString());

    public void MaxOfPersonal(List<Member> ms) => corpus.Add({|CG0001:ms.Max(m => m.Headline) ?? ""|});

    public void MinOfPersonal(List<Member> ms) => corpus.Add({|CG0001:ms.Select(m => m.Headline).Min() ?? ""|});

    public void Aggregate(List<Member> ms) => corpus.Add({|CG0001:ms.Aggregate("", (acc, m) => acc + m.Headline)|});

    public void CheckedAggregate(List<Member> ms) =>
        corpus.Add(ms.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Aggregate("", (acc, m) => acc + m.Headline + "\n"));
}
