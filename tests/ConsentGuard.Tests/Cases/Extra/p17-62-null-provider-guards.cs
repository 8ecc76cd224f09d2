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

public class Exporter(IConsentProvider? maybe, ICorpus corpus)
{
    public void NullOrGranted(Member m)
    {
        if (maybe is null || maybe.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add({|CG0001:m.Headline|});
    }

    public void NotNullAndGranted(Member m)
    {
        if (maybe is not null && maybe.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add(m.Headline);
    }

    public void EarlyReturnNotNullAndRefused(Member m)
    {
        if (maybe is not null && !maybe.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        corpus.Add({|CG0001:m.Headline|});
    }

    public async Task AwaitCoalesceTrue(Member m)
    {
        if (await (maybe?.IsGrantedAsync(m.Id, Purposes.GenerativeTraining) ?? ValueTask.FromResult(true)))
            corpus.Add({|CG0001:m.Headline|});
    }
}
