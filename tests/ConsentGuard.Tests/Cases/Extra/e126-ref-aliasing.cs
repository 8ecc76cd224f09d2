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

// Probe of issue #18 shape 4: ref locals, ref returns, out/ref parameters, one ref parameter written from another.
// (Variants the analyzer does not agree with yet are listed in docs/semantics.md §5.)
public class RefAliasing(ICorpus corpus)
{
    private string _slot = "";
    private ref string Slot() => ref _slot;
    private static void Copy(ref string from, ref string to) => to = from;
    private static void Load(Member m, out string text) => text = m.Post;
    private static void LoadPublic(Member m, out string text) => text = m.Motto;
    private static void Overwrite(ref Pair p, Member m) => p.Text = m.Post;

    public void OneFromAnother(Member m) { string x = m.Post; string y = ""; Copy(ref x, ref y); corpus.Add({|CG0001:y|}); }
    public void OutParameter(Member m) { Load(m, out var t); corpus.Add({|CG0001:t|}); }
    public void StructByRef(Member m) { var p = new Pair(); p.Text = "x"; Overwrite(ref p, m); corpus.Add({|CG0001:p.Text|}); }

    public void OutPublic(Member m) { LoadPublic(m, out var t); corpus.Add(t); }
    public void RefLocalOtherField(Member m) { var p = new Pair(); ref string r = ref p.Text; r = m.Post; corpus.Add(p.Note); }
}
