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

public sealed class Batch
{
    public List<string> Lines { get; } = new();
    public string Title { get; set; } = "";
}

public interface IBatchWriter
{
    [ConsentSink(Purposes.GenerativeTraining)] void Write(Batch batch);
}

public class Exporter(IConsentProvider consent, ICorpus corpus, IBatchSink batch, IBatchWriter writer)
{
    public void ObjectFilledUnderCheck(List<Member> ms)
    {
        var b = new Batch { Title = "weekly" };
        foreach (var m in ms)
        {
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) continue;
            b.Lines.Add(m.Headline);
        }
        writer.Write(b);
    }

    public void ObjectFilledCarelessly(List<Member> ms)
    {
        var b = new Batch();
        foreach (var m in ms)
            b.Lines.Add(m.Headline);
        writer.Write({|CG0001:b|});
    }

    public void NestedCollectionInitializer(Member m) => writer.Write({|CG0001:new Batch { Title = "one", Lines = { m.Headline } }|});

    public void DictionaryUnderCheck(List<Member> ms)
    {
        var d = new Dictionary<string, string>();
        foreach (var m in ms)
            if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                d[m.Id] = m.Headline;
        batch.AddRange(d.Values);
    }

    public void AddedBeforeCheckSentAfter(Member m)
    {
        var l = new List<string> { m.Headline };
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        batch.AddRange(l);
    }

    public void DerivedFromCleared(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        var words = m.Headline.Split(' ').Select(w => w.ToLowerInvariant()).ToArray();
        batch.AddRange(words);
        corpus.Add(string.Join(" ", words.Reverse()));
    }

    public void ClearedListThenUnclearedAdded(List<Member> ms, Member extra)
    {
        var l = ms.Where(x => consent.IsGranted(x.Id, Purposes.GenerativeTraining)).Select(x => x.Headline).ToList();
        l.Add(extra.Headline);
        batch.AddRange({|CG0001:l|});
    }
}
