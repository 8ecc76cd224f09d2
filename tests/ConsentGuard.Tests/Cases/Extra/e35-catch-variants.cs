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
    public void CatchReturns(Member m)
    {
        try
        {
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        }
        catch (Exception)
        {
            return;
        }
        corpus.Add(m.Headline);
    }

    public void CatchThrows(Member m)
    {
        try
        {
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException("consent store down", ex);
        }
        corpus.Add(m.Headline);
    }

    public void CatchFailsOpen(Member m)
    {
        bool ok;
        try
        {
            ok = consent.IsGranted(m.Id, Purposes.GenerativeTraining);
        }
        catch (Exception)
        {
            ok = true;
        }
        if (ok)
            corpus.Add({|CG0001:m.Headline|});
    }

    public void CatchFailsClosed(Member m)
    {
        bool ok;
        try
        {
            ok = consent.IsGranted(m.Id, Purposes.GenerativeTraining);
        }
        catch (Exception)
        {
            ok = false;
        }
        if (ok)
            corpus.Add(m.Headline);
    }

    public void Finally(Member m)
    {
        try
        {
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        }
        finally
        {
            Console.WriteLine("checked");
        }
        corpus.Add(m.Headline);
    }

    public void FilteredCatchFallsThrough(Member m)
    {
        try
        {
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        }
        catch (TimeoutException) when (m.Connections > 0)
        {
        }
        corpus.Add({|CG0001:m.Headline|});
    }

    public void SinkInsideTryAfterCheck(Member m)
    {
        try
        {
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
            corpus.Add(m.Headline);
        }
        catch (Exception)
        {
            Console.WriteLine("failed");
        }
    }
}
