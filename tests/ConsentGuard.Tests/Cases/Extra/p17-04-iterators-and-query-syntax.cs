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

public class Exporter(IConsentProvider consent, IBatchSink sink)
{
    public void QueryWhereCheck(IEnumerable<Member> members) =>
        sink.AddRange(from m in members
                      where consent.IsGranted(m.Id, Purposes.GenerativeTraining)
                      select m.Headline);

    public void QueryOrderBy(IEnumerable<Member> members) =>
        sink.AddRange({|CG0001:from m in members orderby m.Connections descending select m.Headline|});

    public void QueryLet(IEnumerable<Member> members) =>
        sink.AddRange({|CG0001:from m in members let h = m.Headline.Trim() where h.Length > 0 select h|});

    public void QueryPublic(IEnumerable<Member> members) =>
        sink.AddRange(from m in members where m.Headline.Length > 0 select m.Connections.ToString());

    public void QueryGroup(IEnumerable<Member> members) =>
        sink.AddRange({|CG0001:from m in members group m.Headline by m.Connections into g select string.Join(",", g)|});

    public void QueryWrongPurpose(IEnumerable<Member> members) =>
        sink.AddRange({|CG0003:from m in members
                      where consent.IsGranted(m.Id, Purposes.Personalization)
                      select m.Headline|});

    private static IEnumerable<string> All(IEnumerable<Member> members)
    {
        foreach (var m in members)
            yield return m.Headline;
    }

    public void FromIterator(IEnumerable<Member> members) => sink.AddRange({|CG0001:All(members)|});

    [return: ConsentCleared(Purposes.GenerativeTraining)]
    private IEnumerable<string> Consented(IEnumerable<Member> members)
    {
        foreach (var m in members)
        {
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) continue;
            yield return m.Headline;
        }
    }

    public void FromClearedIterator(IEnumerable<Member> members) => sink.AddRange(Consented(members));

    [return: ConsentCleared(Purposes.GenerativeTraining)]
    private IEnumerable<string> Careless(IEnumerable<Member> members)
    {
        foreach (var m in members)
            yield return {|CG0001:m.Headline|};
    }

    public void CountOnly(IEnumerable<Member> members) =>
        sink.AddRange(new[] { members.Count(m => m.Headline.Length > 3).ToString() });
}
