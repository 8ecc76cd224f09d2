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

public class Exporter(IConsentProvider consent, IConsentProvider? optional, ICorpus corpus)
{
    public void NullConditionalProviderEqualsTrue(Member m)
    {
        if (optional?.IsGranted(m.Id, Purposes.GenerativeTraining) == true)
            corpus.Add(m.Headline);
    }

    public void NullConditionalProviderIsTrue(Member m)
    {
        if (optional?.IsGranted(m.Id, Purposes.GenerativeTraining) is true)
            corpus.Add(m.Headline);
    }

    public void NullConditionalProviderNotEqualsTrue(Member m)
    {
        if (optional?.IsGranted(m.Id, Purposes.GenerativeTraining) != true)
            corpus.Add({|CG0001:m.Headline|});
    }

    public void BlockingResult(Member m)
    {
        if (consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining).Result)
            corpus.Add(m.Headline);
    }

    public void GetAwaiterGetResult(Member m)
    {
        if (!consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining).GetAwaiter().GetResult()) return;
        corpus.Add(m.Headline);
    }

    public async Task AwaitInAnd(Member m, bool active)
    {
        if (active && await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining))
            corpus.Add(m.Headline);
    }

    public async Task ConfiguredIsTrue(Member m)
    {
        if (await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining).ConfigureAwait(false) is true)
            corpus.Add(m.Headline);
    }

    public async Task AwaitedTaskLocal(Member m)
    {
        var pending = consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining).AsTask();
        var ok = await pending;
        if (ok)
            corpus.Add(m.Headline);
    }

    public async Task WrongPurposeAwaited(Member m)
    {
        if (await consent.IsGrantedAsync(m.Id, Purposes.Personalization))
            corpus.Add({|CG0003:m.Headline|});
    }
}
