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
    public void Unchecked([PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)] string bio) =>
        corpus.Add({|CG0001:bio|});

    public void NoPurpose(string memberId, [PersonalData(PersonalDataCategory.Contact)] string phone)
    {
        if (consent.IsGranted(memberId, Purposes.GenerativeTraining))
            corpus.Add({|CG0002:"Call " + phone|});
    }

    public void Checked([DataSubject] string memberId,
                        [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)] string bio)
    {
        if (consent.IsGranted(memberId, Purposes.GenerativeTraining))
            corpus.Add(bio.Trim());
    }

    public void LengthOnly([PersonalData(PersonalDataCategory.UserContent)] string bio) => corpus.Add(bio.Length.ToString());
}
