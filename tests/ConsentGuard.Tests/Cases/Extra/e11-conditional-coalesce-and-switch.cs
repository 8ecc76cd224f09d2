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

public class Exporter(ICorpus corpus)
{
    public void Coalesce(Member m, string? fallback) => corpus.Add({|CG0001:fallback ?? m.Headline|});

    public void CoalesceAssignment(Member m)
    {
        string? text = null;
        text ??= m.Headline;
        corpus.Add({|CG0001:text|});
    }

    public void Conditional(Member m, bool brief) => corpus.Add({|CG0001:brief ? m.Headline[..10] : "n/a"|});

    public void ConstantBranches(bool brief) => corpus.Add(brief ? "short" : "long");

    public void ConditionalOnNonPersonal(Member m) => corpus.Add(m.Connections > 500 ? "influencer" : "member");
}

public class SwitchExporter(IConsentProvider consent, ICorpus corpus)
{
    public void Unchecked(Member m, int kind)
    {
        var text = kind switch
        {
            0 => m.Headline,
            1 => m.Headline.ToUpperInvariant(),
            _ => "n/a",
        };
        corpus.Add({|CG0001:text|});
    }

    public void ConstantArms(Member m) =>
        corpus.Add(m.Connections switch { > 500 => "influencer", > 50 => "active", _ => "new" });

    public void GuardArms(Member m) =>
        corpus.Add(consent.IsGranted(m.Id, Purposes.GenerativeTraining) switch { true => m.Headline, false => "" });
}
