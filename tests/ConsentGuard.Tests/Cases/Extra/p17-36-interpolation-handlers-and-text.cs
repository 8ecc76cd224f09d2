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

public enum Seniority { Junior, Senior }

public class Candidate
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Demographic), ConsentPurpose(Purposes.GenerativeTraining)] public int Age { get; set; }
    [PersonalData(PersonalDataCategory.Professional), ConsentPurpose(Purposes.GenerativeTraining)] public Seniority Level { get; set; }
    [PersonalData(PersonalDataCategory.Professional), ConsentPurpose(Purposes.GenerativeTraining)] public List<string> Skills { get; set; } = new();
}

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    public void StringBuilderAppendInterpolated(Member m)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append($"headline: {m.Headline}");
        corpus.Add({|CG0001:sb.ToString()|});
    }

    public void StringBuilderAppendLineInterpolated(Member m)
    {
        var sb = new System.Text.StringBuilder("start");
        sb.AppendLine($"headline: {m.Headline}");
        corpus.Add({|CG0001:sb.ToString()|});
    }

    public void StringBuilderAppendInterpolatedPublic(Member m)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append($"connections: {m.Connections}");
        corpus.Add(sb.ToString());
    }

    public void StringBuilderAppendFormatAndInsert(Member m)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendFormat("{0}!", m.Headline);
        corpus.Add({|CG0001:sb.ToString()|});
        var sb2 = new System.Text.StringBuilder("x");
        sb2.Insert(0, m.Headline);
        corpus.Add({|CG0001:sb2.ToString()|});
    }

    public void StringCreateInvariant(Member m) =>
        corpus.Add({|CG0001:string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{m.Headline}")|});

    public void FormattableInvariant(Member m) =>
        corpus.Add({|CG0001:FormattableString.Invariant($"{m.Headline}")|});

    public void FormattableLocal(Member m)
    {
        FormattableString fs = $"{m.Headline}";
        corpus.Add({|CG0001:fs.ToString()|});
    }

    public void ExplicitHandler(Member m)
    {
        var h = new System.Runtime.CompilerServices.DefaultInterpolatedStringHandler(0, 1);
        h.AppendFormatted(m.Headline);
        corpus.Add({|CG0001:h.ToStringAndClear()|});
    }

    public void SpanFormat(Member m)
    {
        Span<char> buffer = stackalloc char[64];
        if (buffer.TryWrite($"{m.Headline}", out var written))
            corpus.Add({|CG0001:new string(buffer[..written])|});
    }

    public void NameOf(Member m) => corpus.Add(nameof(m.Headline));

    public void Comparisons(Member m)
    {
        corpus.Add(m.Headline == "CTO" ? "exec" : "staff");
        corpus.Add(string.IsNullOrEmpty(m.Headline) ? "none" : "some");
        corpus.Add((m.Headline?.Length ?? 0).ToString());
    }

    public void NumberFormatting(Candidate c) =>
        corpus.Add({|CG0001:c.Age.ToString(System.Globalization.CultureInfo.InvariantCulture)|});

    public void EnumToString(Candidate c) => corpus.Add({|CG0001:c.Level.ToString()|});

    public void EnumCast(Candidate c) => corpus.Add({|CG0001:((int)c.Level).ToString()|});

    public void SkillsCount(Candidate c) => corpus.Add(c.Skills.Count.ToString());

    public void SkillsJoin(Candidate c) => corpus.Add({|CG0001:string.Join(",", c.Skills)|});

    public void SkillsChecked(Candidate c)
    {
        if (consent.IsGranted(c.Id, Purposes.GenerativeTraining))
            corpus.Add($"{c.Age} {c.Level} {string.Join(",", c.Skills)}");
    }
}
