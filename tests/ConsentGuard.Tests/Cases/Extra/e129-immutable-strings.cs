using System;
using System.Collections.Immutable;
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

// Probe of issue #18 shape 7: other string methods and immutable collections; StringBuilder stays a container.
public class ImmutableVariants(ICorpus corpus)
{
    public void Insert(Member m) { var s = "Hi"; var t = s.Insert(0, m.Post); corpus.Add(s); corpus.Add({|CG0001:t|}); }
    public void Contains(Member m) { var s = "x"; var found = s.Contains(m.Post); corpus.Add(s); }
    public void Chain(Member m) { var s = " x "; var u = s.PadLeft(5).Replace("x", m.Post).Trim(); corpus.Add(s); corpus.Add({|CG0001:u|}); }
    public void Concat(Member m) { var s = "a"; var t = string.Concat(s, m.Post); corpus.Add(s); corpus.Add({|CG0001:t|}); }
    public void ImmutableListAdd(Member m)
    {
        var list = ImmutableList<string>.Empty;
        var grown = list.Add(m.Post);
        corpus.Add(string.Join(",", list));
        corpus.Add({|CG0001:string.Join(",", grown)|});
    }
    public void BuilderIsAContainer(Member m) { var sb = new StringBuilder("x"); sb.Replace("x", m.Post); corpus.Add({|CG0001:sb.ToString()|}); }
}
