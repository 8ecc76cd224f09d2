using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using ConsentGuard;

[assembly: LegalBasis({|CG0005:"Personalisation"|}, LegalBasisKind.Consent)]

public static class Reasons
{
    public const string Synthetic = "Synthetic fixtures only; DPIA-2025-03";
}

[ConsentPurpose({|CG0005:"Analytic"|})]
public class Visit
{
    [DataSubject] public string Who { get; set; } = "";
    [PersonalData(PersonalDataCategory.Behavioral)] public string Path { get; set; } = "";
}

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Professional), ConsentPurpose(Purposes.GenerativeTraining)]
    public string Headline { get; set; } = "";
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

public class Gates(IConsentProvider consent)
{
    [ConsentCheck({|CG0005:"Personalisation"|})]
    public bool Personalize([DataSubject] string id) => consent.IsGranted(id, Purposes.Personalization);

    [return: ConsentCleared({|CG0005:"generative-training"|})]
    public string Cleared() => "";

    public void ExpressionBodiedDiscard(Member m) => {|CG0007:consent.IsGranted(m.Id, Purposes.Analytics)|};

    public Action LambdaDiscard(Member m) => () => {|CG0007:consent.IsGranted(m.Id, Purposes.Analytics)|};

    public Func<bool> LambdaKept(Member m) => () => consent.IsGranted(m.Id, Purposes.Analytics);

    public Task<bool> Forwarded(Member m) => consent.IsGrantedAsync(m.Id, Purposes.Analytics).AsTask();
}

public sealed record TrainingChoice([property: ConsentSetting(Purposes.GenerativeTraining)] bool TrainOnMyPosts = {|CG0004:true|});

public sealed record TrainingChoiceOff([property: ConsentSetting(Purposes.GenerativeTraining)] bool TrainOnMyPosts = false);

public class Settings
{
    [ConsentSetting(Purposes.Analytics)] public bool? Measure { get; set; } = {|CG0004:true|};

    [ConsentSetting({|CG0005:"Advertizing"|})] public bool Ads { get; set; }

    [ConsentSetting(Purposes.Personalization)] public bool Personalize { get; set; }

    public Settings(bool personalize) => Personalize = personalize;
}

public struct DeviceSettings
{
    [ConsentSetting(Purposes.Analytics)] public bool Telemetry = {|CG0004:true|};

    public DeviceSettings() { }
}

public class Exempt(ICorpus corpus)
{
    [ConsentExempt(Purposes.GenerativeTraining, Justification = Reasons.Synthetic)]
    public void ConstReason(Member m) => corpus.Add(m.Headline);

    [{|CG0009:ConsentExempt(Purposes.GenerativeTraining, Justification = null)|}]
    public void NullReason(Member m) => corpus.Add(m.Headline);

    [ConsentExempt({|CG0005:"GenerativeTrainig"|}, Justification = "typo in the purpose")]
    public void Typo(Member m) => corpus.Add({|CG0001:m.Headline|});
}
