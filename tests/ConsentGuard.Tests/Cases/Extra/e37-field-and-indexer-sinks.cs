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

public sealed class Sample
{
    [ConsentSink(Purposes.GenerativeTraining)] public string Prompt = "";
    public string Source = "";
}

public sealed class Shard
{
    private readonly List<string> _rows = new();

    [ConsentSink(Purposes.GenerativeTraining)]
    public string this[int index]
    {
        get => _rows[index];
        set => _rows.Insert(index, value);
    }
}

[ConsentSink(Purposes.GenerativeTraining)]
public sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new();

    public int this[string token] => _ids.TryGetValue(token, out var id) ? id : _ids.Count;
}

public class Exporter(IConsentProvider consent)
{
    public void Field(Member m, Sample s)
    {
        s.Prompt = {|CG0001:m.Headline|};
        s.Source = "profile";
    }

    public Sample FieldInitializer(Member m) => new Sample { Prompt = {|CG0001:m.Headline|}, Source = "profile" };

    public void Indexer(Member m, Shard shard) => shard[0] = {|CG0001:m.Headline|};

    public int IndexerOfSinkType(Member m, Vocabulary v) => v[{|CG0001:m.Headline|}];

    public void CheckedIndexer(Member m, Shard shard)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            shard[0] = m.Headline;
    }

    public string ReadingASinkIsNotASink(Shard shard) => shard[0];
}
