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

public partial class BufferedExporter
{
    private readonly List<string> _pending = new();
    private string _last = "";

    public void Collect(Member m)
    {
        _pending.Add(m.Headline);
        _last = m.Headline;
    }
}

public partial class BufferedExporter(ICorpus corpus)
{
    public void Flush()
    {
        foreach (var line in _pending)
            corpus.Add({|CG0001:line|});
    }

    public void FlushLast() => corpus.Add({|CG0001:_last|});
}

public partial class CheckedExporter(IConsentProvider consent)
{
    private readonly List<string> _pending = new();

    public void Collect(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            _pending.Add(m.Headline);
    }
}

public partial class CheckedExporter
{
    public void Flush(ICorpus corpus)
    {
        foreach (var line in _pending)
            corpus.Add(line);
    }
}

public class Outer(ICorpus corpus)
{
    private string _note = "";

    public void Remember(Member m) => _note = m.Headline;

    public sealed class Inner(Outer owner)
    {
        public void Send() => owner.corpusOf().Add({|CG0001:owner._note|});
    }

    private ICorpus corpusOf() => corpus;

    private sealed class Helper
    {
        public static string Describe(Member m) => "[" + m.Headline + "]";
    }

    public void UseHelper(Member m) => corpus.Add({|CG0001:Helper.Describe(m)|});
}

public class PublicFieldHolder(ICorpus corpus)
{
    private string Cache { get; set; } = "";

    public void Fill(Member m) => Cache = m.Headline;

    public void Drain() => corpus.Add({|CG0001:Cache|});
}
