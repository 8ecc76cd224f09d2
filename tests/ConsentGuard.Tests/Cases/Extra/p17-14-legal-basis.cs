using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard;

[assembly: LegalBasis(Purposes.Personalization, LegalBasisKind.LegitimateInterest, Assessment = "LIA-2025-07", NoticeDate = "2025-09-01")]
[assembly: {|CG0015:LegalBasis(Purposes.Analytics, LegalBasisKind.LegitimateInterest, Assessment = "LIA-2025-09", NoticeDate = "2025-10-01")|}]
[assembly: LegalBasis(Purposes.GenerativeTraining, LegalBasisKind.Consent)]

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
    [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.Personalization), ConsentPurpose(Purposes.Analytics)]
    public string RecentSearches { get; set; } = "";
    [PersonalData(PersonalDataCategory.Health), ConsentPurpose(Purposes.Personalization)]
    public string Condition { get; set; } = "";
    [PersonalData(PersonalDataCategory.Biometric), ConsentPurpose(Purposes.GenerativeTraining)]
    public string VoicePrint { get; set; } = "";
}

public class PrivacySettings
{
    [ConsentSetting(Purposes.Personalization)]
    public bool PersonalizeMyFeed { get; set; } = true;

    [ConsentSetting(Purposes.GenerativeTraining)]
    public bool TrainOnMyVoice { get; set; }
}

public interface IFeed
{
    [ConsentSink(Purposes.Personalization)] void Rank(string signal);
}

public class Ranker(IConsentProvider consent, IFeed feed, ICorpus corpus)
{
    public void Searches(Reader r)
    {
        if (consent.IsGranted(r.Id, Purposes.Personalization))
            feed.Rank(r.RecentSearches);
    }

    public void SearchesUnchecked(Reader r) => feed.Rank({|CG0001:r.RecentSearches|});

    public void HealthChecked(Reader r)
    {
        if (consent.IsGranted(r.Id, Purposes.Personalization))
            feed.Rank({|CG0016:r.Condition|});
    }

    public void HealthMixedIn(Reader r)
    {
        if (!consent.IsGranted(r.Id, Purposes.Personalization)) return;
        var signal = $"{r.RecentSearches};{r.Condition}";
        feed.Rank({|CG0016:signal|});
    }

    public void BiometricOnConsentPurpose(Reader r)
    {
        if (consent.IsGranted(r.Id, Purposes.GenerativeTraining))
            corpus.Add(r.VoicePrint);
    }
}
