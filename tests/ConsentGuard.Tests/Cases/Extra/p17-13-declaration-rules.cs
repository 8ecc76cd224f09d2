using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard;

[assembly: DefinePurpose("FraudDetection", Description = "Detecting account takeover")]
[assembly: DefinePurpose({|CG0005:"Fraud Detection"|}, Description = "a purpose name is a C# identifier")]

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


public static class MyPurposes
{
    public const string Fraud = "FraudDetection";
    public static readonly string Mutable = Purposes.Analytics;
}

public class PrivacySettings
{
    [ConsentSetting(Purposes.Personalization)] public bool PersonalizeMyFeed { get; set; }

    [ConsentSetting(Purposes.Analytics)] public bool MeasureMe = {|CG0004:true|};

    [ConsentSetting(Purposes.Advertising), System.ComponentModel.DefaultValue({|CG0004:true|})]
    public bool ShowPersonalAds { get; set; }

    [ConsentSetting(Purposes.GenerativeTraining)] public bool TrainOnMyPosts { get; set; }

    [ConsentSetting(Purposes.ModelTraining)] public bool? ImproveModels { get; set; } = null;

    [ConsentSetting(MyPurposes.Fraud)] public bool FraudSignals { get; set; } = false;

    public PrivacySettings()
    {
        TrainOnMyPosts = {|CG0004:true|};
    }

    public void OptIn() => TrainOnMyPosts = true;
}

public record SettingsRecord
{
    [ConsentSetting(Purposes.ContentModeration)] public bool HelpModeration { get; init; } = {|CG0004:true|};
}

public interface IFraudModel
{
    [ConsentSink(MyPurposes.Fraud)] void Learn(string signal);
    [ConsentSink({|CG0005:"generativeTraining"|})] void Lowercase(string signal);
    [ConsentSink({|CG0005:Purposes.GenerativeTraining + "V2"|})] void Suffixed(string signal);
    [ConsentSink(nameof(Purposes.Analytics))] void Named(string signal);
    [ConsentSink($"{Purposes.Analytics}")] void Interpolated(string signal);
}

public class Checks(IConsentProvider consent)
{
    private const string Local = Purposes.Personalization;

    public bool ConstField(Member m) => consent.IsGranted(m.Id, Local);

    public bool StaticReadonly(Member m) => consent.IsGranted(m.Id, {|CG0008:MyPurposes.Mutable|});

    public bool Unknown(Member m) => consent.IsGranted(m.Id, {|CG0005:"Analytic"|});

    public bool Parameter(Member m, string purpose) => consent.IsGranted(m.Id, {|CG0008:purpose|});

    public async Task<bool> AsyncLocal(Member m)
    {
        var purpose = Purposes.Analytics;
        return await consent.IsGrantedAsync(m.Id, {|CG0008:purpose|});
    }

    public bool ConstLocal(Member m)
    {
        const string purpose = Purposes.Analytics;
        return consent.IsGranted(m.Id, purpose);
    }

    public void Discards(Member m)
    {
        {|CG0007:consent.IsGranted(m.Id, Purposes.Analytics)|};
        _ = {|CG0007:consent.IsGranted(m.Id, Purposes.Analytics)|};
    }

    public async Task DiscardsAsync(Member m)
    {
        await {|CG0007:consent.IsGrantedAsync(m.Id, Purposes.Analytics)|};
    }
}

public class Exemptions(ICorpus corpus)
{
    [{|CG0009:ConsentExempt(Purposes.GenerativeTraining, Justification = "")|}]
    public void EmptyReason(Member m) => corpus.Add(m.Headline);

    [{|CG0009:ConsentExempt(Purposes.GenerativeTraining, Justification = "   ")|}]
    public void BlankReason(Member m) => corpus.Add(m.Headline);

    [ConsentExempt(Purposes.GenerativeTraining, Justification = "Synthetic fixtures only; DPIA-2025-03")]
    public void Reasoned(Member m) => corpus.Add(m.Headline);
}
