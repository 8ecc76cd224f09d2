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
    [ConsentSink(Purposes.GenerativeTraining)] ValueTask AddAsync(string text, CancellationToken ct = default);
}

public class TrainingGate(IConsentProvider consent)
{
    [ConsentCheck(Purposes.GenerativeTraining)]
    public ValueTask<bool> MayTrainAsync([DataSubject] string memberId) => consent.IsGrantedAsync(memberId, Purposes.GenerativeTraining);
}

public class Exporter(IConsentProvider consent, IAsyncCorpus corpus, TrainingGate gate)
{
    public async Task StreamAsync(IAsyncEnumerable<Member> members, CancellationToken ct)
    {
        await foreach (var m in members.WithCancellation(ct))
        {
            if (!await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining, ct)) continue;
            await corpus.AddAsync(m.Headline, ct);
        }
    }

    public async Task StreamUncheckedAsync(IAsyncEnumerable<Member> members)
    {
        await foreach (var m in members)
            await corpus.AddAsync({|CG0001:m.Headline|});
    }

    private static async IAsyncEnumerable<string> Headlines(IAsyncEnumerable<Member> members)
    {
        await foreach (var m in members)
            yield return m.Headline;
    }

    public async Task ConsumeIteratorAsync(IAsyncEnumerable<Member> members)
    {
        await foreach (var h in Headlines(members))
            await corpus.AddAsync({|CG0001:h|});
    }

    private static async Task<string> LoadHeadlineAsync(Member m)
    {
        await Task.Yield();
        return m.Headline;
    }

    public async Task AwaitedHelperAsync(Member m) => await corpus.AddAsync({|CG0001:await LoadHeadlineAsync(m)|});

    public async Task AwaitedHelperCheckedAsync(Member m)
    {
        var text = await LoadHeadlineAsync(m);
        if (await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining))
            await corpus.AddAsync(text);
    }

    public async Task CustomValueTaskCheckAsync(Member m)
    {
        if (await gate.MayTrainAsync(m.Id))
            await corpus.AddAsync(m.Headline);
    }

    public async Task ConfigureAwaitCheckAsync(Member m)
    {
        if (!await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining).ConfigureAwait(false)) return;
        await corpus.AddAsync(m.Headline).ConfigureAwait(false);
    }

    public async Task WhenAllAsync(IEnumerable<Member> members)
    {
        var texts = await Task.WhenAll(members.Select(LoadHeadlineAsync));
        foreach (var t in texts)
            await corpus.AddAsync({|CG0001:t|});
    }

    public async Task CountOnlyAsync(IAsyncEnumerable<Member> members)
    {
        var n = 0;
        await foreach (var m in members)
            n += m.Headline.Length;
        await corpus.AddAsync("seen " + n);
    }
}
