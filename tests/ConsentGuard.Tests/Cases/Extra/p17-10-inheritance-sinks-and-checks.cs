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

public abstract class TrainerBase
{
    [ConsentSink(Purposes.GenerativeTraining)] public abstract void Learn(string example);
}

public class LoraTrainer : TrainerBase
{
    public override void Learn(string example) { }
}

public sealed class QuantizedLoraTrainer : LoraTrainer
{
    public override void Learn(string example) => base.Learn(example);
}

public sealed class Logger : LoraTrainer
{
    public new void Learn(string line) => Console.WriteLine(line.Length);
}

public interface IConsentGate
{
    [ConsentCheck(Purposes.GenerativeTraining)] bool MayTrain([DataSubject] string memberId);
}

public sealed class LedgerGate(IConsentProvider consent) : IConsentGate
{
    public bool MayTrain(string memberId) => consent.IsGranted(memberId, Purposes.GenerativeTraining);
}

public abstract class GateBase
{
    [ConsentCheck] public abstract bool Allows([DataSubject] string memberId, string purpose);
}

public sealed class StoreGate(IConsentProvider consent) : GateBase
{
    public override bool Allows(string memberId, string purpose) => consent.IsGranted(memberId, purpose);
}

public class Exporter
{
    public void Override(Member m, LoraTrainer t) => t.Learn({|CG0001:m.Headline|});

    public void SecondLevelOverride(Member m, QuantizedLoraTrainer t) => t.Learn({|CG0001:m.Headline|});

    public void ViaBase(Member m, TrainerBase t) => t.Learn({|CG0001:m.Headline|});

    public void HidingMethodIsNotASink(Member m, Logger l) => l.Learn(m.Headline);

    public void ImplementationOfCheck(Member m, LoraTrainer t, LedgerGate gate)
    {
        if (gate.MayTrain(m.Id))
            t.Learn(m.Headline);
    }

    public void InterfaceCheck(Member m, TrainerBase t, IConsentGate gate)
    {
        if (!gate.MayTrain(m.Id)) return;
        t.Learn(m.Headline);
    }

    public void OverrideOfCheck(Member m, LoraTrainer t, StoreGate gate)
    {
        if (gate.Allows(m.Id, Purposes.GenerativeTraining))
            t.Learn(m.Headline);
    }

    public void OverrideOfCheckWrongPurpose(Member m, LoraTrainer t, StoreGate gate)
    {
        if (gate.Allows(m.Id, Purposes.Personalization))
            t.Learn({|CG0003:m.Headline|});
    }

    public void ImplementationCheckDiscarded(Member m, LedgerGate gate)
    {
        {|CG0007:gate.MayTrain(m.Id)|};
    }
}
