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

public class Gate(IConsentProvider consent)
{
    [ConsentCheck(Purposes.GenerativeTraining)]
    public bool Allows([DataSubject] string id) => consent.IsGranted(id, Purposes.GenerativeTraining);

    [ConsentCheck(Purposes.GenerativeTraining)]
    public Task<bool> AllowsAsync([DataSubject] string id) => consent.IsGrantedAsync(id, Purposes.GenerativeTraining).AsTask();
}

public class Exporter(IConsentProvider consent, Gate gate, ICorpus corpus)
{
    public async Task LibraryStyle(Member m)
    {
        await {|CG0007:consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining)|}.ConfigureAwait(false);
        corpus.Add({|CG0001:m.Headline|});
    }

    public async Task LibraryStyleUsed(Member m)
    {
        if (!await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining).ConfigureAwait(false))
            return;
        corpus.Add(m.Headline);
    }

    public void CustomCheckStatement(Member m)
    {
        {|CG0007:gate.Allows(m.Id)|};
        corpus.Add({|CG0001:m.Headline|});
    }

    public void CustomTaskDiscarded(Member m)
    {
        _ = {|CG0007:gate.AllowsAsync(m.Id)|};
    }

    public async Task CustomTaskAwaited(Member m)
    {
        if (await gate.AllowsAsync(m.Id))
            corpus.Add(m.Headline);
    }

    public Task<bool> Forwarded(Member m) => gate.AllowsAsync(m.Id);

    public async Task BlockLambda(List<Member> ms)
    {
        await Parallel.ForEachAsync(ms, async (m, ct) =>
        {
            await {|CG0007:consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining, ct)|};
        });
    }
}
