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
    public void Queue(Member m)
    {
        var q = new Queue<string>();
        q.Enqueue(m.Headline);
        corpus.Add({|CG0001:q.Dequeue()|});
    }

    public void DictionaryValues(Member m)
    {
        var d = new Dictionary<string, string>();
        d[m.Id] = m.Headline;
        batch.AddRange({|CG0001:d.Values|});
    }

    public void HashSetAddReturnsBool(List<Member> ms)
    {
        var set = new HashSet<string>();
        foreach (var m in ms)
            set.Add(m.Headline);
        batch.AddRange({|CG0001:set|});
    }

    public void AddRangeOfProjection(List<Member> ms)
    {
        var all = new List<string> { "header" };
        all.AddRange(ms.Select(m => m.Headline));
        batch.AddRange({|CG0001:all|});
    }

    public void Insert(Member m)
    {
        var all = new List<string>();
        all.Insert(0, m.Headline);
        corpus.Add({|CG0001:all[0]|});
    }

    public void ArrayElement(Member m)
    {
        var parts = new string[2];
        parts[1] = m.Headline;
        corpus.Add({|CG0001:parts[1]|});
    }

    public void SplitElement(Member m)
    {
        var words = m.Headline.Split(' ');
        corpus.Add({|CG0001:words[0]|});
    }

    public void IndexedLoop(Member[] ms)
    {
        for (var i = 0; i < ms.Length; i++)
            corpus.Add({|CG0001:ms[i].Headline|});
    }

    public void CountsOnly(List<Member> ms)
    {
        var set = new HashSet<string>();
        foreach (var m in ms)
            set.Add(m.Headline);
        corpus.Add(set.Count.ToString());
    }

    public void CheckedQueue(List<Member> ms)
    {
        var q = new Queue<string>();
        foreach (var m in ms)
            if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                q.Enqueue(m.Headline);
        while (q.Count > 0)
            corpus.Add(q.Dequeue());
    }
}
