using System;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    public string Post { get; set; } = "";
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

public struct Pair { public string Text; public string Note; public string Label { get; set; } }

// Issue #18, shape 8: a field of a struct local is a variable of its own (the struct is copied, nothing else writes it),
// followed write by write: overwritten on every path before the read, what it held no longer reaches the read.
public class StructLocals(ICorpus corpus)
{
    public void Overwritten(Member m) { var s = new Pair(); s.Text = m.Post; s.Text = "x"; corpus.Add(s.Text); }
    public void PropertyOverwritten(Member m) { var s = new Pair(); s.Label = m.Post; s.Label = ""; corpus.Add(s.Label); }
    public void OtherField(Member m) { var s = new Pair(); s.Text = m.Post; corpus.Add(s.Note); }
    public void Reinitialized(Member m) { var s = new Pair(); s.Text = m.Post; s = new Pair(); corpus.Add(s.Text); }
    public void OtherLocal(Member m) { var a = new Pair(); var b = new Pair(); a.Text = m.Post; b.Text = "x"; corpus.Add(b.Text); }

    // The twins: overwritten on one path only, another local's field, a copy, a read before the overwrite.
    public void MaybeOverwritten(Member m, bool quiet)
    {
        var s = new Pair();
        s.Text = m.Post;
        if (quiet)
            s.Text = "x";
        corpus.Add({|CG0001:s.Text|});
    }

    public void OverwrittenOtherLocal(Member m) { var a = new Pair(); var b = new Pair(); a.Text = m.Post; b.Text = "x"; corpus.Add({|CG0001:a.Text|}); }
    public void Copied(Member m) { var s = new Pair(); s.Text = m.Post; var t = s; s.Text = "x"; corpus.Add({|CG0001:t.Text|}); }
    public void ReadBefore(Member m) { var s = new Pair(); s.Text = m.Post; corpus.Add({|CG0001:s.Text|}); s.Text = "x"; }
    public void InLoop(Member m, int n)
    {
        var s = new Pair();
        for (var i = 0; i < n; i++)
        {
            corpus.Add({|CG0001:s.Text|});
            s.Text = m.Post;
        }
    }
}
