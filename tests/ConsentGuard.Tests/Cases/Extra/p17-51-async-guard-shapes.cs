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

public interface IAsyncCorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] Task AddAsync(string text);
}

public class Gate(IConsentProvider consent)
{
    [ConsentCheck(Purposes.GenerativeTraining)]
    public async Task<bool> MayTrainAsync([DataSubject] string memberId) => await consent.IsGrantedAsync(memberId, Purposes.GenerativeTraining);
}

public class Exporter(IConsentProvider consent, Gate gate, IAsyncCorpus corpus)
{
    public async Task NullCheckAndAwait(Member? m)
    {
        if (m is not null && await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining))
            await corpus.AddAsync(m.Headline);
    }

    public async Task AwaitedLocal(Member m)
    {
        var ok = await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining);
        if (!ok) return;
        await corpus.AddAsync(m.Headline);
    }

    public async Task AttributedAsyncGateLocal(Member m)
    {
        bool ok = await gate.MayTrainAsync(m.Id);
        if (ok)
            await corpus.AddAsync(m.Headline);
    }

    public async Task ParenthesizedNegatedThrow(Member m)
    {
        if (!(await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining)))
            throw new UnauthorizedAccessException();
        await corpus.AddAsync(m.Headline);
    }

    public Task ConditionalTask(Member m) =>
        consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? corpus.AddAsync(m.Headline) : Task.CompletedTask;

    public Task ConditionalTaskInverted(Member m) =>
        consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? Task.CompletedTask : corpus.AddAsync({|CG0001:m.Headline|});

    public async Task CheckAfterAwaitOfSink(Member m)
    {
        await corpus.AddAsync({|CG0001:m.Headline|});
        if (!await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining)) return;
    }

    public async Task TaskStartedEarlyAwaitedBeforeSink(Member m)
    {
        var pending = consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining);
        await Task.Yield();
        if (!await pending) return;
        await corpus.AddAsync(m.Headline);
    }

    public async Task LoopWithAwaitedCheck(IEnumerable<Member> members)
    {
        foreach (var m in members)
        {
            if (!await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining)) continue;
            await Task.Delay(1);
            await corpus.AddAsync(m.Headline);
        }
    }
}
