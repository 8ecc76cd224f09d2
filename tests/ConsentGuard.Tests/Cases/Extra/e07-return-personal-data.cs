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

public interface IProfileStore
{
    [return: PersonalData(PersonalDataCategory.UserContent)]
    string LoadBio(string memberId);

    [return: PersonalData(PersonalDataCategory.Professional), ConsentPurpose(Purposes.GenerativeTraining)]
    string LoadSummary(string memberId);
}

public class Exporter(IConsentProvider consent, IProfileStore store, ICorpus corpus)
{
    public void Bio(string id)
    {
        if (consent.IsGranted(id, Purposes.GenerativeTraining))
            corpus.Add({|CG0002:store.LoadBio(id)|});
    }

    public void Summary(string id) => corpus.Add({|CG0001:store.LoadSummary(id)|});

    public void SummaryViaLocal(string id)
    {
        var s = store.LoadSummary(id);
        corpus.Add({|CG0001:s.ToLowerInvariant()|});
    }

    public void SummaryChecked(string id)
    {
        if (consent.IsGranted(id, Purposes.GenerativeTraining))
            corpus.Add(store.LoadSummary(id));
    }

    public void BioLength(string id) => corpus.Add(store.LoadBio(id).Length.ToString());
}
