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

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    public void SwitchFalseReturns(Member m)
    {
        switch (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
        {
            case false:
                return;
            default:
                break;
        }
        corpus.Add(m.Headline);
    }

    public void SwitchTrueArm(Member m)
    {
        switch (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
        {
            case true:
                corpus.Add(m.Headline);
                break;
            default:
                Console.WriteLine("no consent");
                break;
        }
    }

    public async Task IsNotTrueReturns(Member m)
    {
        if (await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining) is not true) return;
        corpus.Add(m.Headline);
    }

    public void SwitchOnKindThenCheck(Member m, int kind)
    {
        switch (kind)
        {
            case 1:
                if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
                break;
            default:
                return;
        }
        corpus.Add(m.Headline);
    }

    public void SwitchWithUncheckedCase(Member m, int kind)
    {
        switch (kind)
        {
            case 1:
                if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
                break;
            case 2:
                break;
            default:
                return;
        }
        corpus.Add({|CG0001:m.Headline|});
    }
}
