using System;
using ConsentGuard;

// Issue #18 shape 4: one variable passed to two ref parameters is one storage the callee knows by two names.
// Whatever the callee writes to either name may be what the variable holds after the call.

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

public class TwoNames(ICorpus corpus, IConsentProvider consent)
{
    private string _slot = "";

    // The first name is written with personal data, the second is then read and rewritten: the variable holds the data.
    private static void Both(ref string a, ref string b, Member m) { a = m.Post; b = b.Trim(); }

    // Written in the order opposite to the aliasing: still the data, whichever write comes last.
    private static void BothReversed(ref string a, ref string b, Member m) { b = b.Trim(); a = m.Post; }

    private static void Swap(ref string a, ref string b) { var t = a; a = b; b = t; }

    private static void BothPublic(ref string a, ref string b, Member m) { a = m.Motto; b = b.Trim(); }

    public void SameLocalTwice(Member m)
    {
        string x = "";
        Both(ref x, ref x, m);
        corpus.Add({|CG0001:x|});
    }

    public void SameLocalTwiceReversed(Member m)
    {
        string x = "";
        BothReversed(ref x, ref x, m);
        corpus.Add({|CG0001:x|});
    }

    public void SameFieldTwice(Member m)
    {
        Both(ref _slot, ref _slot, m);
        corpus.Add({|CG0001:_slot|});
    }

    public void SwappedWithItself(Member m)
    {
        string x = m.Post;
        Swap(ref x, ref x);
        corpus.Add({|CG0001:x|});
    }

    // Compliant twins: nothing personal is written to either name, two different locals, or the data is checked.
    public void PublicDataTwice(Member m)
    {
        string x = "";
        BothPublic(ref x, ref x, m);
        corpus.Add(x);
    }

    public void TwoDifferentLocals(Member m)
    {
        string x = "", y = "";
        Both(ref x, ref y, m);
        corpus.Add(y);
    }

    public void CheckedFirst(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            return;
        string x = "";
        Both(ref x, ref x, m);
        corpus.Add(x);
    }
}
