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

public static class Defaults
{
    public const bool On = true;
    public static string Dynamic => Purposes.Analytics;
}

public class Settings
{
    [ConsentSetting(Purposes.Analytics)] public bool ViaConstant { get; set; } = {|CG0004:Defaults.On|};

    private bool _personalize = {|CG0004:true|};

    [ConsentSetting(Purposes.Personalization)]
    public bool Personalize { get => _personalize; set => _personalize = value; }

    [ConsentSetting(Purposes.ModelTraining)] public bool Off { get; set; } = Defaults.On && false;
}

public class Purposeful(IConsentProvider consent)
{
    public bool Ternary(Member m, bool ads) => consent.IsGranted(m.Id, {|CG0008:ads ? Purposes.Advertising : Purposes.Analytics|});

    public bool Property(Member m) => consent.IsGranted(m.Id, {|CG0008:Defaults.Dynamic|});

    public bool Empty(Member m) => consent.IsGranted(m.Id, {|CG0005:""|});

    public bool Padded(Member m) => consent.IsGranted(m.Id, {|CG0005:" Analytics"|});

    public bool NameOf(Member m) => consent.IsGranted(m.Id, nameof(Purposes.Analytics));

    public void NullConditionalDiscard(Member m, IConsentProvider? maybe)
    {
        {|CG0007:maybe?.IsGranted(m.Id, Purposes.Analytics)|};
    }

    public void PassedOn(Member m) => Console.WriteLine(consent.IsGranted(m.Id, Purposes.Analytics));

    public void NotAwaitedTask(Member m)
    {
        _ = {|CG0007:consent.IsGrantedAsync(m.Id, Purposes.Analytics)|};
    }
}
