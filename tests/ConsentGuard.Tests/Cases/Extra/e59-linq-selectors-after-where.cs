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

public static class Describe
{
    public static string HeadlineOf(Member m) => m.Headline;

    public static string Reach(Member m) => m.Connections + " connections";

    public static string Tier(Member m) => m.Connections > 500 ? "influencer" : "member";
}

public class Exporter(IConsentProvider consent, ICorpus corpus, IBatchSink batch)
{
    private IEnumerable<Member> Consenting(List<Member> ms) => ms.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining));

    public void MethodGroupSelector(List<Member> ms) => batch.AddRange(ms.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(Describe.HeadlineOf));

    public void LocalFunctionSelector(List<Member> ms)
    {
        static string Headline(Member m) => m.Headline;
        batch.AddRange(ms.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(Headline));
    }

    public void SelectWithIndex(List<Member> ms) =>
        batch.AddRange(ms.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select((m, i) => i + ". " + m.Headline));

    public void SelectManyWithResultSelector(List<Member> ms) =>
        batch.AddRange(ms.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).SelectMany(m => m.Headline.Split(' '), (m, word) => word));

    public void JoinResultSelector(List<Member> ms, List<string> featuredIds) =>
        batch.AddRange(ms.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Join(featuredIds, m => m.Id, id => id, (m, id) => m.Headline));

    public void ToLookupElementSelector(List<Member> ms) =>
        batch.AddRange(ms.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).ToLookup(m => m.Id, m => m.Headline).SelectMany(g => g));

    public void AnonymousProjectionThenMember(List<Member> ms) =>
        batch.AddRange(ms.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(m => new { m.Headline, m.Email }).Select(x => x.Headline));

    public void TupleProjectionThenMember(List<Member> ms) =>
        batch.AddRange(ms.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(m => (m.Headline, m.Email)).Select(x => x.Headline));

    public void FilteredHelper(List<Member> ms) => batch.AddRange(Consenting(ms).Select(m => m.Headline));

    public void NonPersonalMethodGroup(List<Member> ms) => corpus.Add(string.Join(",", ms.Select(Describe.Tier)));

    public void NonPersonalHelperTakingMember(Member m) => corpus.Add(Describe.Reach(m));

    public void UnfilteredMethodGroup(List<Member> ms) => batch.AddRange({|CG0001:ms.Select(Describe.HeadlineOf)|});
}
