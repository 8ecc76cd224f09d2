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

// Reading chosen (SPEC §5 "every path to it passed a consent check"): a local that is overwritten with a constant
// on the path where the check failed carries no personal data there, so the sink after it is compliant.

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    public void WithheldWhenRefused(Member m)
    {
        var text = m.Headline;
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            text = "(withheld)";
        corpus.Add(text);
    }

    public void WithheldWhenRefusedElse(Member m)
    {
        string text = m.Headline;
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            Console.WriteLine("exporting");
        else
            text = "";
        corpus.Add(text);
    }

    public void FilledWhenGranted(Member m)
    {
        string text = "(withheld)";
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            text = m.Headline;
        corpus.Add(text);
    }

    public void WithheldOnlyForNewMembers(Member m)
    {
        var text = m.Headline;
        if (m.Connections < 10)
            text = "(withheld)";
        corpus.Add({|CG0001:text|});
    }

    public void OverwrittenWhenGranted(Member m)
    {
        var text = m.Headline;
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            text = text.Trim();
        corpus.Add({|CG0001:text|});
    }
}
