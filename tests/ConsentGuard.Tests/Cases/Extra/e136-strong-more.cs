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

// Probe of issue #18 shape 8: whole-struct resets and reassigned locals in other spellings.
// (Variants the analyzer does not agree with yet are listed in docs/semantics.md §5.)
public class MoreStrongUpdates(ICorpus corpus)
{
    public void ResetDefault(Member m) { var s = new Pair(); s.Text = m.Post; s = default; corpus.Add(s.Text); }
    public void StructParameter(Pair p) { p.Text = ""; corpus.Add(p.Text); }

    public void ResetInitializerOther(Member m) { var s = new Pair(); s.Text = m.Post; s = new Pair { Text = m.Post }; corpus.Add({|CG0001:s.Text|}); }
    public void LocalConditionalKeeps(Member m, bool b) { var s = m.Post; s = b ? "x" : s; corpus.Add({|CG0001:s|}); }
}
