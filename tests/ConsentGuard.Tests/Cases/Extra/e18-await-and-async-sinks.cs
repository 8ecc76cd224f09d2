using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System.Threading;
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

public class Store
{
    private readonly Dictionary<string, Member> _byId = new();

    public async Task<string> HeadlineAsync(string id)
    {
        await Task.Delay(1);
        return _byId[id].Headline;
    }

    public async Task<int> ConnectionsAsync(string id)
    {
        await Task.Delay(1);
        return _byId[id].Connections;
    }
}

public interface IAsyncCorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] Task AddAsync(string text, CancellationToken ct = default);
}

public class Exporter(IConsentProvider consent, Store store, ICorpus corpus, IAsyncCorpus asyncCorpus)
{
    public async Task Awaited(string id) => corpus.Add({|CG0001:await store.HeadlineAsync(id)|});

    public async Task ViaTaskLocal(Member m)
    {
        var pending = Task.FromResult(m.Headline);
        corpus.Add({|CG0001:await pending|});
    }

    public async Task ConfigureAwait(string id) => corpus.Add({|CG0001:await store.HeadlineAsync(id).ConfigureAwait(false)|});

    public async Task NonPersonal(string id) => corpus.Add((await store.ConnectionsAsync(id)).ToString());

    public async Task AsyncSink(Member m, CancellationToken ct) => await asyncCorpus.AddAsync({|CG0001:m.Headline|}, ct);

    public async Task WhenAll(List<Member> ms) => await Task.WhenAll(ms.Select(m => asyncCorpus.AddAsync({|CG0001:m.Headline|})));

    public async Task AwaitForeach(IAsyncEnumerable<Member> ms)
    {
        await foreach (var m in ms)
            await asyncCorpus.AddAsync({|CG0001:m.Headline|});
    }

    public async Task Checked(string id, CancellationToken ct)
    {
        if (!await consent.IsGrantedAsync(id, Purposes.GenerativeTraining, ct).ConfigureAwait(false)) return;
        await asyncCorpus.AddAsync(await store.HeadlineAsync(id), ct);
    }

    public async Task CheckedAwaitForeach(IAsyncEnumerable<Member> ms)
    {
        await foreach (var m in ms)
            if (await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining))
                await asyncCorpus.AddAsync(m.Headline);
    }
}
