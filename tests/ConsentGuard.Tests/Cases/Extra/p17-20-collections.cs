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

public class Exporter(IConsentProvider consent, IBatchSink sink, ICorpus corpus)
{
    public void CollectionExpression(Member m) => sink.AddRange({|CG0001:["Write a headline", m.Headline]|});

    public void CollectionExpressionPublic(Member m) => sink.AddRange(["Write a headline", m.Connections.ToString()]);

    public void Spread(IEnumerable<Member> members)
    {
        List<string> heads = [.. members.Select(m => m.Headline)];
        sink.AddRange({|CG0001:["header", .. heads]|});
    }

    public void SpreadChecked(IEnumerable<Member> members)
    {
        string[] heads = [.. members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(m => m.Headline)];
        sink.AddRange(["header", .. heads]);
    }

    public void DictionaryValues(IEnumerable<Member> members)
    {
        var byId = members.ToDictionary(m => m.Id, m => m.Headline);
        sink.AddRange({|CG0001:byId.Values|});
    }

    public void DictionaryKeysOnly(IEnumerable<Member> members)
    {
        var counts = members.ToDictionary(m => m.Id, m => m.Connections);
        sink.AddRange(counts.Keys);
    }

    public void QueueDequeue(Member m)
    {
        var q = new Queue<string>();
        q.Enqueue(m.Headline);
        corpus.Add({|CG0001:q.Dequeue()|});
    }

    public void HashSetAdd(IEnumerable<Member> members)
    {
        var seen = new HashSet<string>();
        foreach (var m in members)
            seen.Add(m.Headline);
        sink.AddRange({|CG0001:seen|});
    }

    public void InsertAtFront(Member m)
    {
        var lines = new List<string> { "b" };
        lines.Insert(0, m.Headline);
        corpus.Add({|CG0001:lines[0]|});
    }

    public void ArrayElement(Member m)
    {
        var arr = new string[2];
        arr[1] = m.Headline;
        corpus.Add({|CG0001:arr[1]|});
    }

    public void AddRangeChecked(IEnumerable<Member> members)
    {
        var batch = new List<string>();
        batch.AddRange(members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(m => m.Headline));
        sink.AddRange(batch);
    }

    public void KeyValuePairs(IEnumerable<Member> members)
    {
        foreach (var (id, head) in members.ToDictionary(m => m.Id, m => m.Headline))
            corpus.Add({|CG0001:head|});
    }

    public void ImmutableArrayBuild(Member m)
    {
        var arr = System.Collections.Immutable.ImmutableArray.Create(m.Headline);
        sink.AddRange({|CG0001:arr|});
    }
}
