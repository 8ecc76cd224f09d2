using System;
using System.Collections.Generic;
using System.Linq;
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
    [ConsentSink(Purposes.GenerativeTraining)] void AddNumber(int n);
    [ConsentSink(Purposes.GenerativeTraining)] void AddVector(float[] vector);
}

// Issue #18, shape 6: a number computed from personal text by a call on it or given it (a hash, a code) stays personal.
public class Hashes(ICorpus corpus, IConsentProvider consent)
{
    private static void Each(string text, Action<char> visit) { foreach (var c in text) visit(c); }

    public void Instance(Member m) => corpus.AddNumber({|CG0001:m.Post.GetHashCode()|});
    public void Static(Member m) => corpus.AddNumber({|CG0001:string.GetHashCode(m.Post)|});
    public void Combined(Member m) => corpus.AddNumber({|CG0001:HashCode.Combine(m.Post, 17)|});
    public void Code(Member m) => corpus.AddNumber({|CG0001:m.Post.IndexOf('a') + m.Post.CompareTo("x")|});
    public void NonLinqSeed(Member m)
    {
        var codes = new List<float>();
        Each(m.Post, c => codes.Add(c));
        corpus.AddVector({|CG0001:codes.ToArray()|});
    }

    // Compliant twins.
    public void PublicHash(Member m) => corpus.AddNumber(m.Motto.GetHashCode());
    public void LengthOnly(Member m) => corpus.AddNumber(m.Post.Length);
    public void Checked(Member m) { if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) corpus.AddNumber(m.Post.GetHashCode()); }
}
