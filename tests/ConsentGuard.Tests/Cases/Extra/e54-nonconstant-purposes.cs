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

public static class PurposeConfig
{
    public static readonly string Training = Purposes.GenerativeTraining;
    public const string TrainingConst = Purposes.GenerativeTraining;
}

public class Gate(IConsentProvider consent)
{
    [ConsentCheck]
    public bool Allows([DataSubject] string subjectId, string purpose) => consent.IsGranted(subjectId, purpose);
}

public class Job(IConsentProvider consent, Gate gate)
{
    public bool StaticReadonly(Member m) => consent.IsGranted(m.Id, {|CG0008:PurposeConfig.Training|});

    public bool Local(Member m)
    {
        var p = Purposes.GenerativeTraining;
        return consent.IsGranted(m.Id, {|CG0008:p|});
    }

    public bool Conditional(Member m, bool generative) =>
        consent.IsGranted(m.Id, {|CG0008:generative ? Purposes.GenerativeTraining : Purposes.ModelTraining|});

    public ValueTask<bool> Parameter(Member m, string purpose) => consent.IsGrantedAsync(m.Id, {|CG0008:purpose|});

    public bool CustomCheck(Member m, string purpose) => gate.Allows(m.Id, {|CG0008:purpose|});

    public bool Const(Member m) => consent.IsGranted(m.Id, PurposeConfig.TrainingConst);

    public bool ConstLocal(Member m)
    {
        const string p = Purposes.GenerativeTraining;
        return consent.IsGranted(m.Id, p);
    }

    public bool NameOf(Member m) => consent.IsGranted(m.Id, nameof(Purposes.Advertising));

    public bool ConstantInterpolation(Member m) => consent.IsGranted(m.Id, $"{Purposes.Analytics}");
}
