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

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    public void Pairs(IEnumerable<Member> members)
    {
        var pairs = members.Select(m => (Id: m.Id, Text: m.Headline)).ToList();
        foreach (var pair in pairs)
            if (consent.IsGranted(pair.Id, Purposes.GenerativeTraining))
                corpus.Add(pair.Text);
    }

    public void PairsUnchecked(IEnumerable<Member> members)
    {
        var pairs = members.Select(m => (Id: m.Id, Text: m.Headline)).ToList();
        foreach (var pair in pairs)
            corpus.Add({|CG0001:pair.Text|});
    }

    public void Grouped(IEnumerable<Member> members)
    {
        foreach (var g in members.GroupBy(m => m.Id))
        {
            if (!consent.IsGranted(g.Key, Purposes.GenerativeTraining)) continue;
            corpus.Add(string.Join("\n", g.Select(m => m.Headline)));
        }
    }
}
