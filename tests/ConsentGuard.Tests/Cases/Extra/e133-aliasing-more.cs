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

public class Box { public string Elem = ""; }
public class Inner { public string Text = ""; public string Other = ""; }
public class Outer { public Inner Inner { get; } = new(); }
public class Registry { private readonly Dictionary<string, string> _map = new(); public Dictionary<string, string> Map => _map; }
public class Bag { private readonly List<Box> _items = new(); public List<Box> Items => _items; }
public static class Filler { public static void Fill(Outer o, Member m) => o.Inner.Text = m.Post; }

// Probe of issue #18 shape 2: collections reached through a getter, a static helper writing a nested field.
// (Variants the analyzer does not agree with yet are listed in docs/semantics.md §5.)
public class MoreAliasing(ICorpus corpus)
{
    public void DictionaryThroughGetter(Member m) { var r = new Registry(); r.Map["k"] = m.Post; corpus.Add({|CG0001:r.Map["k"]|}); }
    public void StaticHelperNested(Member m) { var o = new Outer(); Filler.Fill(o, m); corpus.Add({|CG0001:o.Inner.Text|}); }

    public void DictionaryPublic(Member m) { var r = new Registry(); r.Map["k"] = m.Motto; corpus.Add(r.Map["k"]); }
}

