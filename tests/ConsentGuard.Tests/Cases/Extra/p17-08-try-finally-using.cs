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

public class ConsentGate(IConsentProvider consent)
{
    [ConsentCheck(Purposes.GenerativeTraining)]
    public void Demand([DataSubject] string memberId)
    {
        if (!consent.IsGranted(memberId, Purposes.GenerativeTraining))
            throw new UnauthorizedAccessException("no consent for generative training");
    }
}

public class Exporter(IConsentProvider consent, ConsentGate gate, ICorpus corpus)
{
    public void CatchRethrows(Member m)
    {
        try
        {
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        }
        catch (Exception)
        {
            throw;
        }
        corpus.Add(m.Headline);
    }

    public void CatchReturns(Member m)
    {
        try
        {
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        }
        catch (InvalidOperationException)
        {
            return;
        }
        corpus.Add(m.Headline);
    }

    public void CatchWithFilterFallsThrough(Member m)
    {
        try
        {
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        }
        catch (Exception e) when (e is TimeoutException)
        {
            Console.WriteLine("consent store timed out");
        }
        corpus.Add({|CG0001:m.Headline|});
    }

    public void SinkInsideTryWithFinally(Member m)
    {
        try
        {
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
            corpus.Add(m.Headline);
        }
        finally
        {
            Console.WriteLine("done");
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

    public void SinkInCatch(Member m)
    {
        try
        {
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) throw new InvalidOperationException("refused");
            corpus.Add(m.Headline);
        }
        catch (InvalidOperationException)
        {
            corpus.Add({|CG0001:m.Headline|});
        }
    }

    public void UsingDeclaration(Member m)
    {
        using var buffer = new System.IO.MemoryStream();
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        corpus.Add(m.Headline);
    }

    public void UsingBlock(Member m)
    {
        using (var buffer = new System.IO.MemoryStream())
        {
            if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                corpus.Add(m.Headline);
        }
    }

    public void VoidCheckSwallowed(Member m)
    {
        try
        {
            gate.Demand(m.Id);
        }
        catch (UnauthorizedAccessException)
        {
            Console.WriteLine("refused");
        }
        corpus.Add({|CG0001:m.Headline|});
    }

    public void VoidCheckCaughtAndReturned(Member m)
    {
        try
        {
            gate.Demand(m.Id);
        }
        catch (UnauthorizedAccessException)
        {
            return;
        }
        corpus.Add(m.Headline);
    }

    public void VoidCheckAndSinkInOneTry(Member m)
    {
        try
        {
            gate.Demand(m.Id);
            corpus.Add(m.Headline);
        }
        catch (UnauthorizedAccessException)
        {
            Console.WriteLine("refused");
        }
    }
}
