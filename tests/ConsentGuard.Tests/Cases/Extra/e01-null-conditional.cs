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

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    public void Unchecked(Member? m) => corpus.Add({|CG0001:m?.Headline ?? ""|});

    public void ViaLocal(Member? m)
    {
        string? headline = m?.Headline;
        if (headline is not null)
            corpus.Add({|CG0001:headline|});
    }

    public void Chained(List<Member>? members) => corpus.Add({|CG0001:members?.FirstOrDefault()?.Headline ?? "(none)"|});

    public void Checked(Member? m)
    {
        if (m is not null && consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add(m?.Headline ?? "");
    }
}
