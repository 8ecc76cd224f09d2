using System.Collections.Generic;
using ConsentGuard;

// Issue #18 shape 2: a constructor or method writing a nested member of an object passed to it (through a field, a computed
// getter, a call) fills that object for the caller; only the member path written holds the data (a read of another member
// of the same objects is clean). A collection reached through a getter holds what is added to it.

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

public class Box { public string Elem = ""; public string Label = ""; }
public class Inner { public Box Box = new Box(); public string Text = ""; public string Other = ""; }
public class Outer
{
    private readonly Inner _inner = new Inner();
    public Inner Inner => _inner;
    public Inner Plain = new Inner();
    public string Title = "";
    public Box GetBox() => _inner.Box;
}
public class Bag
{
    private readonly List<Box> _items = new List<Box>();
    public List<Box> Items => _items;
    public List<Box> GetItems() => _items;
}

public class DeepWriter { public DeepWriter(Outer o, Member m) { o.Inner.Text = m.Post; } }
public class PlainWriter { public PlainWriter(Outer o, Member m) { o.Plain.Text = m.Post; } }
public class BoxWriter { public BoxWriter(Outer o, Member m) { o.GetBox().Elem = m.Post; } }
public static class Filler
{
    public static void Fill(Outer o, Member m) => o.Inner.Text = m.Post;
    public static void FillPlain(Outer o, Member m) => o.Plain.Text = m.Post;
    public static void FillTitle(Outer o, Member m) => o.Title = m.Post;
}

public class NestedWrites(ICorpus corpus)
{
    public void ConstructorThroughGetter(Member m) { var o = new Outer(); _ = new DeepWriter(o, m); corpus.Add({|CG0001:o.Inner.Text|}); }

    public void ConstructorThroughField(Member m) { var o = new Outer(); _ = new PlainWriter(o, m); corpus.Add({|CG0001:o.Plain.Text|}); }

    public void ConstructorThroughCall(Member m) { var o = new Outer(); _ = new BoxWriter(o, m); corpus.Add({|CG0001:o.GetBox().Elem|}); }

    public void HelperNested(Member m) { var o = new Outer(); Filler.Fill(o, m); corpus.Add({|CG0001:o.Inner.Text|}); }

    public void HelperPlainNested(Member m) { var o = new Outer(); Filler.FillPlain(o, m); corpus.Add({|CG0001:o.Plain.Text|}); }

    public void AddThroughGetter(Member m) { var b = new Bag(); b.Items.Add(new Box { Elem = m.Post }); corpus.Add({|CG0001:b.Items[0].Elem|}); }

    public void AddThroughGetterCall(Member m) { var b = new Bag(); b.GetItems().Add(new Box { Elem = m.Post }); corpus.Add({|CG0001:b.GetItems()[0].Elem|}); }

    public void AddStringThroughGetterCall(Member m, List<string> log) { var b = new Bag(); b.GetItems().Add(new Box { Elem = m.Post }); foreach (var box in b.Items) corpus.Add({|CG0001:box.Elem|}); }

    // Compliant twins: another member of the same nested object, another member of the outer object, public data written.
    public void HelperOtherNested(Member m) { var o = new Outer(); Filler.Fill(o, m); corpus.Add(o.Inner.Other); }

    public void HelperPlainOtherNested(Member m) { var o = new Outer(); Filler.FillPlain(o, m); corpus.Add(o.Plain.Other); }

    public void HelperPlainOtherOuter(Member m) { var o = new Outer(); Filler.FillPlain(o, m); corpus.Add(o.Title); }

    public void HelperTitleOtherOuter(Member m) { var o = new Outer(); Filler.FillTitle(o, m); corpus.Add(o.Plain.Text); }

    public void ConstructorOtherNested(Member m) { var o = new Outer(); _ = new PlainWriter(o, m); corpus.Add(o.Plain.Other); }

    public void AddThroughGetterOtherMember(Member m) { var b = new Bag(); b.GetItems().Add(new Box { Elem = m.Post }); corpus.Add(b.GetItems()[0].Label); }
}
