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

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    private readonly object _gate = new();
    private readonly List<string> _buffer = new();

    public void FailClosed(Member m)
    {
        bool allowed;
        try
        {
            allowed = consent.IsGranted(m.Id, Purposes.GenerativeTraining);
        }
        catch (Exception)
        {
            allowed = false;
        }
        if (allowed)
            corpus.Add(m.Headline);
    }

    public void FailOpen(Member m)
    {
        bool allowed;
        try
        {
            allowed = consent.IsGranted(m.Id, Purposes.GenerativeTraining);
        }
        catch (TimeoutException)
        {
            allowed = true;
        }
        if (allowed)
            corpus.Add({|CG0001:m.Headline|});
    }

    public void SinkInsideTry(Member m)
    {
        try
        {
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
            corpus.Add(m.Headline);
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine(ex.Message);
        }
    }

    public void SinkInFinally(Member m)
    {
        try
        {
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        }
        finally
        {
            corpus.Add({|CG0001:m.Headline|});
        }
    }

    public void UnderLock(Member m)
    {
        lock (_gate)
        {
            if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                _buffer.Add(m.Headline);
        }
    }

    public void Flush()
    {
        lock (_gate)
        {
            foreach (var line in _buffer)
                corpus.Add(line);
            _buffer.Clear();
        }
    }

    public void UsingScope(Member m)
    {
        using var activity = new System.Diagnostics.Activity("export");
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        corpus.Add(m.Headline);
    }
}
