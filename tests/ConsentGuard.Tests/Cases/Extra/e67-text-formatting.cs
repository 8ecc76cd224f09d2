// Markup note: a double dollar sign is the test framework's caret marker, so raw strings here use a single one.
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
    public void FormatSpecifiersOnNonPersonal(Member m) => corpus.Add($"{m.Connections:N0} connections since {DateTime.UtcNow:yyyy-MM-dd} ({m.Id})");

    public void AlignmentAndFormat(Member m) => corpus.Add({|CG0001:$"{m.Headline,-40} / {m.Connections,6:N0}"|});

    public void FormatWithCulture(Member m) =>
        corpus.Add({|CG0001:string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:N0}: {1}", m.Connections, m.Headline)|});

    public void Invariant(Member m) => corpus.Add({|CG0001:FormattableString.Invariant($"[{m.Headline}]")|});

    public void RawString(Member m) => corpus.Add({|CG0001:$"""
            headline: "{m.Headline}"
            connections: {m.Connections}
            """|});

    public void RawStringNonPersonal(Member m) => corpus.Add($"""connections: "{m.Connections}" """);

    public void ConcatOfProjection(List<Member> ms) => corpus.Add({|CG0001:string.Concat(ms.Select(x => x.Headline))|});

    public void JoinOfNumbers(List<Member> ms) => corpus.Add(string.Join(", ", ms.Select(x => x.Connections)));

    public void Padded(Member m) => corpus.Add({|CG0001:m.Headline.PadRight(40).Trim()|});

    public void Emptiness(Member m) => corpus.Add(string.IsNullOrWhiteSpace(m.Headline) ? "empty" : "set");

    public void UpperLength(Member m) => corpus.Add(m.Headline.ToUpperInvariant().Length.ToString());

    public void Checked(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        corpus.Add(string.Format("{0,-40}", m.Headline));
        corpus.Add($"""headline: "{m.Headline}" """);
    }

    public void CheckedButEmail(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        corpus.Add({|CG0002:$"{m.Headline} <{m.Email}>"|});
    }
}
