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
}

// Issue #18, shape 5: a dynamic member read binds at run time, so `d.X` reads every field or property named X that could be
// bound: of the static type the value had before it became dynamic when that is known, else of any type of the compilation.
public class DynamicReads(ICorpus corpus, IConsentProvider consent)
{
    private string _kept = "";
    private string _motto = "";
    public void Keep(Member m) { _kept = m.Post; _motto = m.Motto; }

    public void Send() { dynamic d = this; corpus.Add({|CG0001:d._kept|}); }
    public void SendCast() => corpus.Add({|CG0001:((dynamic)this)._kept|});
    public void SendMember(object o) { dynamic d = o; corpus.Add({|CG0001:d.Post|}); }

    // Compliant twins.
    public void SendPublic() { dynamic d = this; corpus.Add(d._motto); }
    public void SendUnknownName() { dynamic d = this; corpus.Add(d.Nothing); }
    public void SendChecked(string id)
    {
        if (!consent.IsGranted(id, Purposes.GenerativeTraining))
            return;
        dynamic d = this;
        corpus.Add(d._kept);
    }
}
