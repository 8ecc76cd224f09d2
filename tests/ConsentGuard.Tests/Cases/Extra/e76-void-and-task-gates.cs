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

// Reading chosen: a [ConsentCheck] returning a non-generic Task is a "void" check once awaited (it throws when
// consent is missing); an unannotated helper that throws unless a check passed is a check too (the lead's choice,
// recorded in the closing note) — it is used here only in compliant code.

public sealed class ConsentRequiredException(string message) : Exception(message);

public sealed class ConsentGate(IConsentProvider consent)
{
    [ConsentCheck]
    public void Require([DataSubject] string memberId, string purpose)
    {
        if (!consent.IsGranted(memberId, purpose))
            throw new ConsentRequiredException($"{memberId} has not consented to {purpose}");
    }

    [ConsentCheck(Purposes.Personalization)]
    public async Task RequirePersonalizationAsync([DataSubject] string memberId)
    {
        if (!await consent.IsGrantedAsync(memberId, Purposes.Personalization))
            throw new ConsentRequiredException(memberId);
    }
}

public interface IFeed
{
    [ConsentSink(Purposes.Personalization)] void Rank(string signal);
}

public class Exporter(IConsentProvider consent, ConsentGate gate, ICorpus corpus, IFeed feed)
{
    public void Required(Member m)
    {
        gate.Require(m.Id, Purposes.GenerativeTraining);
        corpus.Add(m.Headline);
    }

    public void RequiredWrongPurpose(Member m)
    {
        gate.Require(m.Id, Purposes.Personalization);
        corpus.Add({|CG0003:m.Headline|});
    }

    public async Task AwaitedTaskGate(Member m)
    {
        await gate.RequirePersonalizationAsync(m.Id);
        feed.Rank(m.Headline);
    }

    public async Task AwaitedTaskGateWrongSink(Member m)
    {
        await gate.RequirePersonalizationAsync(m.Id);
        corpus.Add({|CG0003:m.Headline|});
    }

    public void GateSwallowed(Member m)
    {
        try
        {
            gate.Require(m.Id, Purposes.GenerativeTraining);
        }
        catch (ConsentRequiredException)
        {
            Console.WriteLine("no consent, exporting anyway");
        }
        corpus.Add({|CG0001:m.Headline|});
    }

    public void GateCaughtAndReturned(Member m)
    {
        try
        {
            gate.Require(m.Id, Purposes.GenerativeTraining);
        }
        catch (ConsentRequiredException)
        {
            return;
        }
        corpus.Add(m.Headline);
    }

    public void HelperGate(Member m)
    {
        EnsureTraining(m);
        corpus.Add(m.Headline);
    }

    private void EnsureTraining(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            throw new ConsentRequiredException(m.Id);
    }
}
