using System;
using System.Text;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    public string Post { get; set; } = "";
    public string Motto { get; set; } = "";
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
    [ConsentSink(Purposes.GenerativeTraining)] void AddNumber(int n);
    [ConsentSink(Purposes.GenerativeTraining)] void AddBytes(byte[] bytes);
}

public readonly struct Text
{
    public Text(string value) => Value = value;
    public string Value { get; }
    public static implicit operator Text(string s) => new(s);
    public static explicit operator string(Text t) => t.Value;
}

public class Doc
{
    public string Body = "";
    public static Doc operator +(Doc d, string s) => new() { Body = d.Body + s };
}

public class Feed
{
    public static ICorpus? Corpus;
    public static Feed operator <<(Feed f, Member m) { Corpus!.Add({|CG0001:m.Post|}); return f; }
}

// Probe of issue #18 shape 3: user-defined conversions, compound user-defined operators, operators that sink.
public class Operators(ICorpus corpus, IConsentProvider consent)
{
    public void ExplicitConversion(Member m) { Text t = m.Post; corpus.Add({|CG0001:(string)t|}); }
    public void CompoundUserOperator(Member m) { var d = new Doc(); d += m.Post; corpus.Add({|CG0001:d.Body|}); }
    public void CompoundString(Member m) { var s = "pre:"; s += m.Post; corpus.Add({|CG0001:s|}); }
    public void Builder(Member m) { var b = new StringBuilder(); b.Append(m.Post); corpus.Add({|CG0001:b.ToString()|}); }
    public void SinkingOperator(Member m) { var f = new Feed(); f = f << m; }

    public void ConversionPublic(Member m) { Text t = m.Motto; corpus.Add((string)t); }
    public void CompoundChecked(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            return;
        var d = new Doc();
        d += m.Post;
        corpus.Add(d.Body);
    }
}
