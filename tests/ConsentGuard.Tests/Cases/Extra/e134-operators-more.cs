using System;
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

public class Profile
{
    public Member Owner = new();
    public static implicit operator string(Profile p) => p.Owner.Post;
}

public class Card
{
    public Member Owner = new();
    public static explicit operator string(Card c) => c.Owner.Motto;
}

public class Doc
{
    public string Body = "";
    public static Doc operator +(Doc d, Member m) => new() { Body = d.Body + m.Post };
    public static Doc operator -(Doc d, Member m) => new() { Body = d.Body + m.Motto };
}

// Probe of issue #18 shape 3: conversions and operators that return personal data read inside them.
// (Variants the analyzer does not agree with yet are listed in docs/semantics.md §5.)
public class MoreOperators(ICorpus corpus)
{
    public void ImplicitConversion(Member m) { var p = new Profile { Owner = m }; string s = p; corpus.Add({|CG0001:s|}); }
    public void ImplicitAtArgument(Member m) { var p = new Profile { Owner = m }; corpus.Add({|CG0001:p|}); }
    public void BinaryOperator(Member m) { var d = new Doc(); d = d + m; corpus.Add({|CG0001:d.Body|}); }
    public void CompoundOperator(Member m) { var d = new Doc(); d += m; corpus.Add({|CG0001:d.Body|}); }
}
