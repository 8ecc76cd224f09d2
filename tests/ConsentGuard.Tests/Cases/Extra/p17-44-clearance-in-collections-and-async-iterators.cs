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

public interface IBatchSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void AddRange(IEnumerable<string> texts);
}

public class Repository(IConsentProvider consent)
{
    [return: ConsentCleared(Purposes.GenerativeTraining)]
    public async IAsyncEnumerable<string> ConsentedAsync(IAsyncEnumerable<Member> members)
    {
        await foreach (var m in members)
        {
            if (!await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining)) continue;
            yield return m.Headline;
        }
    }

    [return: ConsentCleared(Purposes.GenerativeTraining)]
    public async IAsyncEnumerable<string> CarelessAsync(IAsyncEnumerable<Member> members)
    {
        await foreach (var m in members)
            yield return {|CG0001:m.Headline|};
    }
}

public class Exporter(IConsentProvider consent, Repository repo, IBatchSink sink, ICorpus corpus)
{
    private readonly List<string> _pending = new();

    public void CollectChecked(IEnumerable<Member> members) =>
        _pending.AddRange(members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(m => m.Headline));

    public void FlushChecked() => sink.AddRange(_pending);

    public void ClearedListThenUncheckedAdd(IEnumerable<Member> members, Member extra)
    {
        var batch = members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(m => m.Headline).ToList();
        batch.Add(extra.Headline);
        sink.AddRange({|CG0001:batch|});
    }

    public void ClearedListThenPublicAdd(IEnumerable<Member> members)
    {
        var batch = members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(m => m.Headline).ToList();
        batch.Add("system: be concise");
        sink.AddRange(batch);
    }

    public async Task FromClearedAsyncIterator(IAsyncEnumerable<Member> members)
    {
        await foreach (var h in repo.ConsentedAsync(members))
            corpus.Add(h);
    }
}
