using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard;

[assembly: DefinePurpose("FraudDetection", Description = "Detecting fake accounts and scams")]
[assembly: DefinePurpose({|CG0005:"Fraud Detection"|}, Description = "not an identifier")]

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

public class Account
{
    [DataSubject] public string Id { get; set; } = "";

    [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose("FraudDetection"), ConsentPurpose({|CG0005:"Marketing"|})]
    public string LoginPattern { get; set; } = "";
}

public interface ISinks
{
    [ConsentSink({|CG0005:"generativeTraining"|})] void Lower(string s);
    [ConsentSink({|CG0005:""|})] void Empty(string s);
    [ConsentSink(Purposes.GenerativeTraining), ConsentSink({|CG0005:"Generative Training"|})] void Spaced(string s);
}

public class Settings
{
    [ConsentSetting({|CG0005:"AiTraining"|})] public bool Ai { get; set; }
}

public class Checks(IConsentProvider consent)
{
    [ConsentCheck({|CG0005:"Fraud"|})]
    public bool IsFraudAllowed([DataSubject] string id) => consent.IsGranted(id, "FraudDetection");

    public bool Typo(string id) => consent.IsGranted(id, {|CG0005:"Personalisation"|});

    [ConsentExempt({|CG0005:"Testing"|}, Justification = "fixtures")]
    public void Exempt() { }

    [ConsentCleared({|CG0005:"Training"|})]
    public string Cleared() => "";

    private const string Fraud = "FraudDetection";

    public bool ViaConstant(string id) => consent.IsGranted(id, Fraud);

    public bool BuiltIn(string id) => consent.IsGranted(id, "Analytics");
}
