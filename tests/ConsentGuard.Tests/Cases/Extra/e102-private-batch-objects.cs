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

public sealed class Batch
{
    public List<string> Lines { get; } = new();
    public string Title { get; set; } = "";
}

public interface IBatchWriter
{
    [ConsentSink(Purposes.GenerativeTraining)] void Write(Batch batch);
}

public class CurrentBatchExporter(IBatchWriter writer)
{
    private readonly Batch _current = new() { Title = "weekly" };

    public void Collect(Member m) => _current.Lines.Add(m.Headline);

    public void Flush()
    {
        writer.Write({|CG0001:_current|});
        _current.Lines.Clear();
    }
}

public class TitledBatchExporter(IBatchWriter writer)
{
    private readonly Batch _current = new();

    public void Collect(Member m) => _current.Title = m.Headline;

    public void Flush() => writer.Write({|CG0001:_current|});
}

public class ConsentedBatchExporter(IConsentProvider consent, IBatchWriter writer)
{
    private readonly Batch _current = new() { Title = "weekly" };

    public void Collect(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            _current.Lines.Add(m.Headline);
    }

    public void Flush() => writer.Write(_current);
}

public class StatsBatchExporter(IBatchWriter writer)
{
    private readonly Batch _current = new();

    public void Collect(Member m) => _current.Lines.Add(m.Connections.ToString());

    public void Flush() => writer.Write(_current);
}

public class TranscriptExporter(ICorpus corpus)
{
    private readonly System.Text.StringBuilder _transcript = new();

    public void Collect(Member m) => _transcript.AppendLine(m.Headline);

    public void Flush() => corpus.Add({|CG0001:_transcript.ToString()|});
}
