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

// Probe of issue #18 shape 4 as the issue states it: one local passed to two ref parameters, one written from the other.
// (Variants the analyzer does not agree with yet are listed in docs/semantics.md §5.)
public class TwoRefs(ICorpus corpus)
{
    private static void Both(ref string a, ref string b, Member m) { a = m.Post; b = b.Trim(); }
    private static void Move(ref string from, ref string to) { to = from; from = ""; }

    public void Moved(Member m) { string a = m.Post; string b = ""; Move(ref a, ref b); corpus.Add({|CG0001:b|}); }
}
