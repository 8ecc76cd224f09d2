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

public class Reader
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.Personalization)]
    public string RecentSearches { get; set; } = "";
    [PersonalData(PersonalDataCategory.Genetic), ConsentPurpose(Purposes.Personalization)]
    public string Ancestry { get; set; } = "";
}

public class PrivacySettings
{
    [ConsentSetting(Purposes.Personalization)]
    public bool PersonalizeMyFeed { get; set; } = true;
}

public interface IFeed
{
    [ConsentSink(Purposes.Personalization)] void Rank(string signal);
}

public class Ranker(IConsentProvider consent, IFeed feed)
{
    public void Searches(Reader r)
    {
        if (consent.IsGranted(r.Id, Purposes.Personalization))
            feed.Rank(r.RecentSearches);
    }

    public void Genetic(Reader r)
    {
        if (consent.IsGranted(r.Id, Purposes.Personalization))
            feed.Rank({|CG0016:r.Ancestry|});
    }

    public void GeneticAnonymized(Reader r)
    {
        if (consent.IsGranted(r.Id, Purposes.Personalization))
            feed.Rank(Redact(r.Ancestry));
    }

    [Anonymizer] private static string Redact(string s) => s.Length > 0 ? "present" : "absent";
}
