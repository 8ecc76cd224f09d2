using System;
using System.Collections.Generic;
using System.Linq;
using ConsentGuard;

[assembly: LegalBasis(Purposes.Personalization, LegalBasisKind.LegitimateInterest, Assessment = "LIA-2025-07", NoticeDate = "2025-09-01")]

public class Patient
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.Personalization)] public string Interests { get; set; } = "";
    [PersonalData(PersonalDataCategory.Health), ConsentPurpose(Purposes.Personalization)] public string Diagnosis { get; set; } = "";
    [PersonalData(PersonalDataCategory.SpecialCategory), ConsentPurpose(Purposes.Personalization)] public string Religion { get; set; } = "";
}

public class PrivacySettings
{
    [ConsentSetting(Purposes.Personalization)] public bool PersonalizeMyFeed { get; set; } = true;
}

public interface IFeed
{
    [ConsentSink(Purposes.Personalization)] void Rank(string signal);
    [ConsentSink(Purposes.Personalization)] void RankMany(IEnumerable<string> signals);
}

public static class Signals
{
    public static string Of(Patient p) => p.Interests + "|" + p.Diagnosis;
}

public class Ranker(IConsentProvider consent, IFeed feed)
{
    public void ThroughHelper(Patient p)
    {
        if (consent.IsGranted(p.Id, Purposes.Personalization))
            feed.Rank({|CG0016:Signals.Of(p)|});
    }

    public void ThroughLinq(IEnumerable<Patient> patients) =>
        feed.RankMany({|CG0016:patients.Where(p => consent.IsGranted(p.Id, Purposes.Personalization)).Select(p => p.Religion)|});

    public void InterestsOnly(IEnumerable<Patient> patients) =>
        feed.RankMany(patients.Where(p => consent.IsGranted(p.Id, Purposes.Personalization)).Select(p => p.Interests));

    public void UncheckedSpecial(Patient p) => feed.Rank({|CG0001:{|CG0016:p.Diagnosis|}|});

    public void WholeObject(Patient p)
    {
        if (consent.IsGranted(p.Id, Purposes.Personalization))
            feed.Rank({|CG0016:System.Text.Json.JsonSerializer.Serialize(p)|});
    }
}
