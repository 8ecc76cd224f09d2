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
public interface IFeed
{
    [ConsentSink(Purposes.Personalization)] void Rank(string signal);
}

public interface IAds
{
    [ConsentSink(Purposes.Advertising)] void Target(string signal);
}

public interface IConsentedExport
{
    [return: ConsentCleared(Purposes.GenerativeTraining)] IEnumerable<string> Headlines();
}

public class Job(IConsentedExport export, IBatchSink batch, ICorpus corpus, IFeed feed, IAds ads)
{
    public void Training() => batch.AddRange(export.Headlines());

    public void DerivedFromCleared() =>
        corpus.Add(string.Join("\n", export.Headlines().Select(h => h.ToUpperInvariant())));

    public void Personalization()
    {
        foreach (var h in export.Headlines())
            feed.Rank({|CG0003:h|});
    }

    public void AdvertisingIsNotPurposeLimited()
    {
        foreach (var h in export.Headlines())
            ads.Target({|CG0003:h|});
    }

    public void MixedWithUnchecked(Member m) => corpus.Add({|CG0001:export.Headlines().First() + m.Headline|});
}
