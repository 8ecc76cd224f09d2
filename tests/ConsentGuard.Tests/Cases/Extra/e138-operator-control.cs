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

public class Card
{
    public Member Owner = new();
    public static explicit operator string(Card c) => c.Owner.Motto;
    public static string ToText(Card c) => c.Owner.Motto;
}

// Control for e134-operators-more: the same body as a method and as a conversion operator; an object holding personal data handed over.
// (Variants the analyzer does not agree with yet are listed in docs/semantics.md §5.)
public class OperatorControl(ICorpus corpus)
{
    public void AsMethod(Member m) { var c = new Card { Owner = m }; corpus.Add(Card.ToText(c)); }
    public void StaticOfMotto(Member m) { object o = m; corpus.Add(((Member)o).Motto); }
}
