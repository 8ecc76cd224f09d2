using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System.Globalization;
using System.Text;
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
    public void Insert(Member m)
    {
        var sb = new StringBuilder("x");
        sb.Insert(0, m.Headline);
        corpus.Add({|CG0001:sb.ToString()|});
    }

    public void AppendFormat(Member m)
    {
        var sb = new StringBuilder();
        sb.AppendFormat("{0}", m.Headline);
        corpus.Add({|CG0001:sb.ToString()|});
    }

    public void Chained(Member m) => corpus.Add({|CG0001:new StringBuilder().Append("H: ").Append(m.Headline).ToString()|});

    public void InterpolatedAppend(Member m)
    {
        var sb = new StringBuilder();
        sb.Append($"Headline: {m.Headline}");
        corpus.Add({|CG0001:sb.ToString()|});
    }

    public void RawInterpolation(Member m) => corpus.Add({|CG0001:$"""headline: "{m.Headline}" """|});

    public void StringCreate(Member m) => corpus.Add({|CG0001:string.Create(CultureInfo.InvariantCulture, $"Headline: {m.Headline}")|});

    public void Formattable(Member m)
    {
        FormattableString f = $"{m.Headline}";
        corpus.Add({|CG0001:f.ToString()|});
    }

    public void Bytes(Member m) => corpus.Add({|CG0001:Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(m.Headline))|});

    public void LengthOnly(Member m)
    {
        var sb = new StringBuilder();
        sb.Append(m.Headline);
        corpus.Add(sb.Length.ToString());
    }

    public void Checked(Member m)
    {
        var sb = new StringBuilder();
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            sb.Append($"Headline: {m.Headline}");
        corpus.Add(sb.ToString());
    }
}
