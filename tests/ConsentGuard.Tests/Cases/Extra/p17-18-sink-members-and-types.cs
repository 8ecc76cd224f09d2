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

[ConsentSink(Purposes.GenerativeTraining)]
public sealed class TuningBatch
{
    private readonly List<string> _lines = new();
    public TuningBatch() { }
    public TuningBatch(string seed) => _lines.Add(seed);
    public string Title { get; set; } = "";
    public string Status { get; private set; } = "";
    public string this[int i] { get => _lines[i]; set => _lines[i] = value; }
    public void Add(string line) => _lines.Add(line);
    public static TuningBatch Of(string line) => new TuningBatch(line);
    private void Log(string line) => Console.WriteLine(line.Length);
    public void Touch() => Log("touched");
}

public sealed class Example
{
    [ConsentSink(Purposes.GenerativeTraining)] public string Prompt = "";
    [ConsentSink(Purposes.GenerativeTraining)] public string Completion { get; set; } = "";
    public string Tag { get; set; } = "";
}

public sealed class Envelope
{
    public Example Inner { get; set; } = new();
}

public class Exporter(IConsentProvider consent)
{
    public void Constructor(Member m) => new TuningBatch({|CG0001:m.Headline|});

    public void StaticFactory(Member m) => TuningBatch.Of({|CG0001:m.Headline|});

    public void SettableProperty(Member m, TuningBatch b) => b.Title = {|CG0001:m.Headline|};

    public void Indexer(Member m, TuningBatch b) => b[0] = {|CG0001:m.Headline|};

    public void Method(Member m, TuningBatch b) => b.Add({|CG0001:m.Headline|});

    public void MethodChecked(Member m, TuningBatch b)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
        {
            b.Add(m.Headline);
            b[0] = m.Headline;
            b.Title = m.Headline;
        }
    }

    public void PublicData(TuningBatch b, Member m)
    {
        b.Add("system prompt");
        b.Title = m.Connections.ToString();
        b.Touch();
    }

    public void SinkField(Member m, Example e) => e.Prompt = {|CG0001:m.Headline|};

    public void CompoundToSinkProperty(Member m, Example e) => e.Completion += {|CG0001:m.Headline|};

    public void NestedInitializer(Member m) =>
        _ = new Envelope { Inner = { Completion = {|CG0001:m.Headline|}, Tag = m.Headline } };

    public void InitializerChecked(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        _ = new Example { Prompt = "Summarize", Completion = m.Headline };
    }

    public void NonSinkProperty(Member m, Example e) => e.Tag = m.Headline;

    public void WrongPurposeField(Member m, Example e)
    {
        if (consent.IsGranted(m.Id, Purposes.Personalization))
            e.Prompt = {|CG0003:m.Headline|};
    }
}
