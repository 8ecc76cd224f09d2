using System;
using ConsentGuard;

// Issue #18 shape 3: user-defined operators and conversions are calls. Their result is what their body returns of the
// operands (not every operand's data), and an operand their body sends to a sink is a sink use where it is written.

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

public class Profile
{
    public Member Owner = new();
    public static implicit operator string(Profile p) => p.Owner.Post;
}

public class Card
{
    public Member Owner = new();
    public static explicit operator string(Card c) => c.Owner.Motto;
    public static string ToText(Card c) => c.Owner.Motto;
}

public class Doc
{
    public string Body = "";
    public static Doc operator +(Doc d, Member m) => new() { Body = d.Body + m.Post };
    public static Doc operator -(Doc d, Member m) => new() { Body = d.Body + m.Motto };
}

public class MoreOperators(ICorpus corpus)
{
    public void ImplicitConversion(Member m) { var p = new Profile { Owner = m }; string s = p; corpus.Add({|CG0001:s|}); }
    public void ImplicitAtArgument(Member m) { var p = new Profile { Owner = m }; corpus.Add({|CG0001:p|}); }
    public void BinaryOperator(Member m) { var d = new Doc(); d = d + m; corpus.Add({|CG0001:d.Body|}); }
    public void CompoundOperator(Member m) { var d = new Doc(); d += m; corpus.Add({|CG0001:d.Body|}); }

    public void PublicConversion(Member m) { var c = new Card { Owner = m }; corpus.Add((string)c); }
    public void PublicOperator(Member m) { var d = new Doc(); d -= m; corpus.Add(d.Body); }
}

public class Ledger
{
    public ICorpus? Corpus;
    public static Ledger operator +(Ledger l, string text) { l.Corpus!.Add(text); return l; }
    public static Ledger operator -(Ledger l, string text) { Console.WriteLine(text.Length); return l; }
}

public class OperandSinks
{
    public void OperandToSink(Member m, Ledger l) { l = l + {|CG0001:m.Post|}; }
    public void CompoundOperandToSink(Member m, Ledger l) { l += {|CG0001:m.Post|}; }

    // Compliant twins: public data to the sinking operator, personal data to an operator that only counts it,
    // and the same body as a static method and as a conversion.
    public void PublicOperand(Member m, Ledger l) { l = l + m.Motto; }
    public void CountingOperator(Member m, Ledger l) { l -= m.Post; }
    public void AsMethod(Member m, ICorpus corpus) { var c = new Card { Owner = m }; corpus.Add(Card.ToText(c)); }
}
