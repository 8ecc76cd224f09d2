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

public interface IBatchSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void AddRange(IEnumerable<string> texts);
}

public class ProfileService(Dictionary<string, Member> members)
{
    public string? HeadlineOf(string id) => members.TryGetValue(id, out var m) ? m.Headline : null;

    public IEnumerable<string> HeadlinesOf(IEnumerable<string> ids)
    {
        foreach (var id in ids)
            if (members.TryGetValue(id, out var m))
                yield return m.Headline;
    }

    public int ReachOf(string id) => members.TryGetValue(id, out var m) ? m.Connections : 0;

    public bool HasHeadline(string id) => HeadlineOf(id) is { Length: > 0 };

    public Member Load(string id) => members[id];

    public async Task<string> SummaryAsync(string id)
    {
        await Task.Yield();
        var m = Load(id);
        return $"{m.Headline} — {m.Connections} connections";
    }
}

public class Job(IConsentProvider consent, ProfileService profiles, ICorpus corpus, IBatchSink batch)
{
    public void One(string id) => corpus.Add({|CG0001:profiles.HeadlineOf(id) ?? ""|});

    public void Many(IEnumerable<string> ids) => batch.AddRange({|CG0001:profiles.HeadlinesOf(ids)|});

    public void Reach(string id) => corpus.Add(profiles.ReachOf(id).ToString());

    public void Has(string id) => corpus.Add(profiles.HasHeadline(id) ? "yes" : "no");

    public async Task Summary(string id) => corpus.Add({|CG0001:await profiles.SummaryAsync(id)|});

    public async Task SummaryChecked(string id)
    {
        var m = profiles.Load(id);
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        corpus.Add(await profiles.SummaryAsync(id));
        corpus.Add(profiles.Load(id).Headline);
    }
}
