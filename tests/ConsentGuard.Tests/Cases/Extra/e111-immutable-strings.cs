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

// Issue #18, shape 7: strings are immutable. A string method called on a template with personal arguments returns a new
// string; the template itself stays what it was, whatever the result is used for.
public class Templates(IConsentProvider consent, ICorpus corpus)
{
    public void Replace(Member m)
    {
        var template = "Hello NAME";
        var personal = template.Replace("NAME", m.Headline);
        corpus.Add(template);
        corpus.Add({|CG0001:personal|});
    }

    public void Format(Member m)
    {
        var format = "Hi {0}";
        var text = string.Format(format, m.Headline);
        corpus.Add(format);
        corpus.Add({|CG0001:text|});
    }

    public void Chain(Member m)
    {
        var s = "  base  ";
        var a = s.Trim().Replace("base", m.Headline);
        var b = s.ToUpperInvariant().Insert(0, m.Headline);
        var c = string.Concat(s, m.Headline);
        var d = s.PadLeft(40).Contains(m.Headline) ? "yes" : "no";
        corpus.Add(s);
        corpus.Add({|CG0001:a|});
        corpus.Add({|CG0001:b|});
        corpus.Add({|CG0001:c|});
        corpus.Add(d);
    }

    public void Checked(Member m)
    {
        var template = "Hello NAME";
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add(template.Replace("NAME", m.Headline));
        corpus.Add(template);
    }

    // The twin: a mutable builder does hold what is appended to it.
    public void Builder(Member m)
    {
        var sb = new System.Text.StringBuilder("x");
        sb.Append(m.Headline);
        corpus.Add({|CG0001:sb.ToString()|});
    }
}
