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
    public void Upper(Member m) => corpus.Add({|CG0001:m.Headline.ToUpperInvariant()|});

    public void Hash(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add({|CG0002:m.Email.GetHashCode().ToString()|});
    }

    public void Substring(Member m) => corpus.Add({|CG0001:m.Headline.Substring(0, m.Headline.IndexOf(' ') + 1)|});

    public void Normalized(Member m) => corpus.Add({|CG0001:m.Headline.Normalize().Trim()|});

    public void LibraryStatic(Member m) => corpus.Add({|CG0001:Uri.EscapeDataString(m.Headline)|});

    public void Span(Member m) => corpus.Add({|CG0001:m.Headline.AsSpan(0, 5).ToString()|});
}
