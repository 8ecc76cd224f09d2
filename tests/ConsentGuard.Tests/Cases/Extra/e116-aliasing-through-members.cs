using System;
using System.Collections.Generic;
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
}

public class Box { public string Elem = ""; public string Label = ""; public void SetElem(string e) => Elem = e; }
public class Holder { private readonly Box _box = new(); public Box GetBox() => _box; public Box Box => _box; }
public class Note { public string Text = ""; }
public class Writer { public Writer(Note note, Member m) { note.Text = m.Post; } }
public class Filler { public static void Fill(Note note, Member m) => note.Text = m.Post; }
public class QuietWriter { public QuietWriter(Note note, Member m) { note.Text = m.Motto; } }

// Issue #18, shape 2: aliasing through members. A member written through an object this body does not follow (one a call
// returned) may hold the data in whichever object it is read from here; a constructor or method that writes into an object
// passed to it fills the caller's object.
public class Aliasing(ICorpus corpus, IConsentProvider consent)
{
    public void ThroughGetter(Member m) { var b = new Holder(); b.GetBox().Elem = m.Post; corpus.Add({|CG0001:b.GetBox().Elem|}); }
    public void ThroughGetterProperty(Member m) { var b = new Holder(); b.GetBox().Elem = m.Post; corpus.Add({|CG0001:b.Box.Elem|}); }
    public void ThroughGetterSetter(Member m) { var b = new Holder(); b.GetBox().SetElem(m.Post); corpus.Add({|CG0001:b.GetBox().Elem|}); }
    public void ThroughConstructor(Member m) { var c = new Note(); var w = new Writer(c, m); corpus.Add({|CG0001:c.Text|}); }
    public void ThroughStaticHelper(Member m) { var c = new Note(); Filler.Fill(c, m); corpus.Add({|CG0001:c.Text|}); }

    // Compliant twins.
    public void Untouched(Member m) { var b = new Holder(); corpus.Add(b.GetBox().Elem); }
    public void OtherMember(Member m) { var b = new Holder(); b.GetBox().Elem = m.Post; corpus.Add(b.GetBox().Label); }
    public void PublicWritten(Member m) { var b = new Holder(); b.GetBox().SetElem(m.Motto); corpus.Add(b.GetBox().Elem); }
    public void QuietConstructor(Member m) { var c = new Note(); var w = new QuietWriter(c, m); corpus.Add(c.Text); }
    public void Checked(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            return;
        var b = new Holder();
        b.GetBox().Elem = m.Post;
        corpus.Add(b.GetBox().Elem);
    }
}
