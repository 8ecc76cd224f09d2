// Issue #18 (probe17): a tuple assignment evaluates its right side before writing any element (a swap, a rotation).
using System;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    public string Headline { get; set; } = "";
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

public class Exporter(ICorpus corpus)
{
    public void TupleSwap(Member m)
    {
        string a = m.Headline, b = "public";
        (a, b) = (b, a);
        corpus.Add(a);
        corpus.Add({|CG0001:b|});
    }

    public void TupleRotate(Member m)
    {
        string x = m.Headline, y = "1", z = "2";
        (x, y, z) = (y, z, x);
        corpus.Add(x);
        corpus.Add(y);
        corpus.Add({|CG0001:z|});
    }

    // Compliant twin: the personal value swapped out of the read local.
    public void SwappedAway(Member m)
    {
        string a = "public", b = m.Headline;
        (a, b) = (b, "constant");
        corpus.Add(b);
    }
}
