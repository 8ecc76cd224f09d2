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

// Issue #18, shape 8: strong updates. A parameter the method reassigns is followed write by write, as a local is: what it
// was given no longer reaches a read after the reassignment, on every path; where the reassignment may not have run, it does.
public class Cleaner(IConsentProvider consent, ICorpus corpus)
{
    public void Blanked([PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)] string bio)
    {
        bio = "";
        corpus.Add(bio);
    }

    public void Replaced([PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)] string bio, string fallback)
    {
        bio = fallback.Trim();
        corpus.Add(bio);
    }

    public void BlankedWhenRefused([DataSubject] string memberId,
                                   [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)] string bio)
    {
        if (!consent.IsGranted(memberId, Purposes.GenerativeTraining))
            bio = "";
        corpus.Add(bio);
    }

    // The twins: where the reassignment may not run, or runs after the sink, what was given still reaches it.
    public void MaybeBlanked([PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)] string bio, bool quiet)
    {
        if (quiet)
            bio = "";
        corpus.Add({|CG0001:bio|});
    }

    public void BlankedAfter([PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)] string bio)
    {
        corpus.Add({|CG0001:bio|});
        bio = "";
        corpus.Add(bio);
    }

    public void ReplacedWithPersonal(Member m, string text)
    {
        text = m.Headline;
        corpus.Add({|CG0001:text|});
    }

    public void Appended([PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)] string bio, System.Text.StringBuilder sb, Member m)
    {
        sb = new System.Text.StringBuilder();
        sb.Append(m.Headline);
        corpus.Add({|CG0001:sb.ToString()|});
    }

    public void InLoop([PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)] string bio)
    {
        for (var i = 0; i < 3; i++)
        {
            corpus.Add({|CG0001:bio|});
            bio = "";
        }
    }
}

// A helper that reassigns its parameter no longer passes what it was given through (its summary follows the parameter too).
public class Helpers(ICorpus corpus)
{
    private static string Blank(string text)
    {
        text = "";
        return text;
    }

    public void Send(Member m) => corpus.Add(Blank(m.Headline));
}
