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

public struct Pair { public string Text; public string Note; }
public struct Nest { public Pair P; public int N; }
public record struct RecPair(string Text, string Note);

// Probe of issue #18 shape 8: nested struct fields, tuples of structs, record structs with `with`, all-path overwrites.
// (Variants the analyzer does not agree with yet are listed in docs/semantics.md §5.)
public class StrongUpdateVariants(ICorpus corpus)
{
    public void TupleElementOverwritten(Member m) { var t = (m.Post, 1); t.Item1 = ""; corpus.Add(t.Item1); }
    public void BothBranches(Member m, bool b)
    {
        var s = new Pair();
        s.Text = m.Post;
        if (b) s.Text = "a"; else s.Text = "b";
        corpus.Add(s.Text);
    }
    public void ParameterReassigned(string text) { text = ""; corpus.Add(text); }
    public void CallsReassigned(Member m) => ParameterReassigned(m.Post);

    // Twins: the data still reaches the read.
    public void NestedOtherField(Member m) { var o = new Nest(); o.P.Text = m.Post; o.P.Note = ""; corpus.Add({|CG0001:o.P.Text|}); }
    public void RecordStructWithOther(Member m) { var r = new RecPair(m.Post, ""); var r2 = r with { Note = "x" }; corpus.Add({|CG0001:r2.Text|}); }
    public void TupleOfStructsKept(Member m) { var t = (a: new Pair(), n: 1); t.a.Text = m.Post; corpus.Add({|CG0001:t.a.Text|}); }
    public void SwitchWithoutDefault(Member m, int k)
    {
        var s = new Pair();
        s.Text = m.Post;
        switch (k) { case 0: s.Text = "a"; break; case 1: s.Text = "b"; break; }
        corpus.Add({|CG0001:s.Text|});
    }
}
