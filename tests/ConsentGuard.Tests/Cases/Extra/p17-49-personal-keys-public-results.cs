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

public class Stats(IBatchSink sink, ICorpus corpus)
{
    public void OrderedByPersonal(IEnumerable<Member> members) =>
        sink.AddRange(members.OrderBy(m => m.Headline).Select(m => m.Connections.ToString()));

    public void FilteredByPersonal(IEnumerable<Member> members) =>
        sink.AddRange(members.Where(m => m.Headline.Contains("AI")).Select(m => m.Connections.ToString()));

    public void GroupCounts(IEnumerable<Member> members) =>
        sink.AddRange(members.GroupBy(m => m.Email).Select(g => g.Count().ToString()));

    public void GroupKeys(IEnumerable<Member> members) =>
        sink.AddRange({|CG0002:members.GroupBy(m => m.Email).Select(g => g.Key)|});

    public void DistinctCount(IEnumerable<Member> members) =>
        corpus.Add(members.Select(m => m.Email).Distinct().Count().ToString());

    public void JoinOnEmail(IEnumerable<Member> a, IEnumerable<Member> b) =>
        sink.AddRange(a.Join(b, x => x.Email, y => y.Email, (x, y) => (x.Connections + y.Connections).ToString()));

    public void JoinOnEmailKeepingHeadline(IEnumerable<Member> a, IEnumerable<Member> b) =>
        sink.AddRange({|CG0001:a.Join(b, x => x.Email, y => y.Email, (x, y) => x.Headline)|});

    public void AnyAll(IEnumerable<Member> members) =>
        corpus.Add(members.Any(m => m.Headline.Length > 100) ? "long headlines" : "short headlines");

    public void MaxLength(IEnumerable<Member> members) =>
        corpus.Add(members.Max(m => m.Headline.Length).ToString());

    public void MaxHeadline(IEnumerable<Member> members) =>
        corpus.Add({|CG0001:members.Max(m => m.Headline) ?? ""|});

    public void ToLookupCounts(IEnumerable<Member> members)
    {
        var byEmail = members.ToLookup(m => m.Email);
        corpus.Add(byEmail.Count.ToString());
    }
}
