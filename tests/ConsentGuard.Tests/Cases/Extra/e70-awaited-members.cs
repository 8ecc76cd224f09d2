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

public interface IMemberStore
{
    Task<Member?> FindAsync(string id, System.Threading.CancellationToken ct = default);
    ValueTask<IReadOnlyList<Member>> PageAsync(int page);
    IAsyncEnumerable<Member> StreamAsync();
}

public interface IBatchSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void AddRange(IEnumerable<string> texts);
}

public class Exporter(IConsentProvider consent, IMemberStore store, ICorpus corpus, IBatchSink batch)
{
    public async Task Found(string id)
    {
        var m = await store.FindAsync(id);
        if (m is null) return;
        corpus.Add({|CG0001:m.Headline|});
    }

    public async Task Page()
    {
        var page = await store.PageAsync(0);
        batch.AddRange({|CG0001:page.Select(x => x.Headline)|});
    }

    public async Task PageSize()
    {
        var count = (await store.PageAsync(0)).Count;
        corpus.Add(count.ToString());
    }

    public async Task TaskRun(Member m)
    {
        var headline = await Task.Run(() => m.Headline);
        corpus.Add({|CG0001:headline|});
    }

    public async Task FromResult(Member m)
    {
        Task<string> pending = Task.FromResult(m.Headline);
        corpus.Add({|CG0001:await pending|});
    }

    public async Task Checked(string id, System.Threading.CancellationToken ct)
    {
        var m = await store.FindAsync(id, ct);
        if (m is null || !await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining, ct)) return;
        corpus.Add(m.Headline);
    }

    public async Task Streamed()
    {
        await foreach (var m in store.StreamAsync())
        {
            if (await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining))
                corpus.Add(m.Headline);
        }
    }
}
