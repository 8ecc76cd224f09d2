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
    public void IsPattern(Member m)
    {
        if (m is { Headline: var headline, Connections: > 100 })
            corpus.Add({|CG0001:headline|});
    }

    public void SwitchExpressionPattern(Member m)
    {
        var text = m switch { { Headline: { Length: > 0 } h } => h, _ => "" };
        corpus.Add({|CG0001:text|});
    }

    public void SwitchStatementPattern(Member m)
    {
        switch (m)
        {
            case { Headline: var h } when h.Length > 10:
                corpus.Add({|CG0001:h|});
                break;
        }
    }

    public void ExtendedPatternLengthOnly(Member m)
    {
        if (m is { Headline.Length: var n })
            corpus.Add(n.ToString());
    }

    public void Checked(Member m)
    {
        if (m is { Headline: var headline } && consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add(headline);
    }
}
