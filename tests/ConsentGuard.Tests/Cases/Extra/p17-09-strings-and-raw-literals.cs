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

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    public void RawInterpolated(Member m) =>
        corpus.Add({|CG0001:$"""headline: "{m.Headline}" """|});

    public void RawInterpolatedChecked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add($"""headline: "{m.Headline}" """);
    }

    public void RawConstant() => corpus.Add("""{"role": "system", "content": "be helpful"}""");

    public void RawPublic(Member m) => corpus.Add($"""connections: "{m.Connections}" """);

    public void Join(IEnumerable<Member> members) =>
        corpus.Add({|CG0001:string.Join("\n", members.Select(m => m.Headline))|});

    public void Format(Member m) =>
        corpus.Add({|CG0001:string.Format("{0}: {1}", m.Connections, m.Headline)|});

    public void CompoundAssignment(Member m)
    {
        var s = "Headline: ";
        s += m.Headline;
        corpus.Add({|CG0001:s|});
    }

    public void MethodChain(Member m) =>
        corpus.Add({|CG0001:m.Headline.ToUpperInvariant().Substring(0, 3)|});

    public void SpanSlice(Member m) =>
        corpus.Add({|CG0001:new string(m.Headline.AsSpan(0, 3))|});

    public void SplitWords(Member m)
    {
        foreach (var word in m.Headline.Split(' '))
            corpus.Add({|CG0001:word|});
    }

    public void LengthOnly(Member m) => corpus.Add($"{m.Headline.Length} characters");

    public void Concat(Member m) => corpus.Add({|CG0001:string.Concat(m.Headline, "!")|});

    public void MultiLineRaw(Member m) =>
        corpus.Add({|CG0001:$"""
            Member says:
            {m.Headline}
            """|});

    public void EmailInRawChecked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add({|CG0002:$"""{m.Headline} <{m.Email}>"""|});
    }
}
