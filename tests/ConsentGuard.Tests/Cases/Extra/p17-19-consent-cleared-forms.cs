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

public interface IConsentedSource
{
    [return: ConsentCleared(Purposes.GenerativeTraining)] IEnumerable<string> Headlines();
    [return: ConsentCleared(Purposes.GenerativeTraining)] Task<string> NextAsync();
}

public interface IFeed
{
    [ConsentSink(Purposes.Personalization)] void Rank(string signal);
}

public class Repository(IConsentProvider consent)
{
    [ConsentCleared(Purposes.GenerativeTraining)]
    public string? HeadlineIfConsented(Member m) =>
        consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? m.Headline : null;

    [return: ConsentCleared(Purposes.GenerativeTraining)]
    public async Task<string?> HeadlineIfConsentedAsync(Member m) =>
        await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining) ? m.Headline : null;

    [return: ConsentCleared(Purposes.GenerativeTraining)]
    public string Careless(Member m) => {|CG0001:m.Headline|};

    [return: ConsentCleared(Purposes.GenerativeTraining)]
    public string OtherPurpose(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.Personalization)) return "";
        return {|CG0003:m.Headline|};
    }

    [return: ConsentCleared(Purposes.GenerativeTraining)]
    public string Undeclared(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return "";
        return {|CG0002:m.Email|};
    }

    [return: ConsentCleared(Purposes.GenerativeTraining)]
    public string PublicOnly(Member m) => m.Connections.ToString();
}

public class Job(Repository repo, IConsentedSource source, ICorpus corpus, IFeed feed)
{
    public void FromSourceMethod(Member m)
    {
        if (repo.HeadlineIfConsented(m) is { } h)
            corpus.Add(h);
    }

    public async Task FromSourceMethodAsync(Member m)
    {
        var h = await repo.HeadlineIfConsentedAsync(m);
        if (h is not null)
            corpus.Add(h);
    }

    public void FromInterface()
    {
        foreach (var h in source.Headlines())
            corpus.Add("Headline: " + h);
    }

    public async Task FromInterfaceAsync() => corpus.Add(await source.NextAsync());

    public void InterfaceValueToOtherPurpose()
    {
        foreach (var h in source.Headlines())
            feed.Rank({|CG0003:h|});
    }

    public void SourceValueToOtherPurpose(Member m)
    {
        if (repo.HeadlineIfConsented(m) is { } h)
            feed.Rank({|CG0003:h|});
    }

    public void ClearedMixedWithUncleared(Member m)
    {
        if (repo.HeadlineIfConsented(m) is { } h)
            corpus.Add({|CG0001:h + " / " + m.Headline|});
    }
}
