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
    [ConsentSink(Purposes.GenerativeTraining)] void AddNumber(int n);
    [ConsentSink(Purposes.GenerativeTraining)] void AddBytes(byte[] bytes);
}

public class Box { public string Elem = ""; public string Label = ""; }
public class Inner { public Box Box = new(); public string Text = ""; }
public class Outer { private readonly Inner _inner = new(); public Inner Inner => _inner; public Box GetBox() => _inner.Box; }
public class Shelf { private readonly Box[] _boxes = { new Box() }; public Box this[int i] => _boxes[i]; }
public class Bag { private readonly List<Box> _items = new() { new Box() }; public List<Box> Items => _items; }
public class DeepWriter { public DeepWriter(Outer o, Member m) { o.Inner.Text = m.Post; } }

// Probe of issue #18 shape 2: getters returning a field of a field, indexers, elements through a getter, nested writes.
// (Variants the analyzer does not agree with yet are listed in docs/semantics.md §5.)
public class MemberAliasing(ICorpus corpus)
{
    public void FieldOfField(Member m) { var o = new Outer(); o.GetBox().Elem = m.Post; corpus.Add({|CG0001:o.GetBox().Elem|}); }
    public void ThroughProperty(Member m) { var o = new Outer(); o.GetBox().Elem = m.Post; corpus.Add({|CG0001:o.Inner.Box.Elem|}); }
    public void Indexer(Member m) { var s = new Shelf(); s[0].Elem = m.Post; corpus.Add({|CG0001:s[0].Elem|}); }
    public void ElementViaGetter(Member m) { var b = new Bag(); b.Items[0].Elem = m.Post; corpus.Add({|CG0001:b.Items[0].Elem|}); }

    public void OtherMember(Member m) { var s = new Shelf(); s[0].Elem = m.Post; corpus.Add(s[0].Label); }
    public void PublicWritten(Member m) { var o = new Outer(); o.GetBox().Elem = m.Motto; corpus.Add(o.GetBox().Elem); }
}
