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

// Probe of issue #18 shape 9: correlated conditions in other spellings.
// (Variants the analyzer does not agree with yet are listed in docs/semantics.md §5.)
public class CorrelatedVariants(ICorpus corpus, IConsentProvider consent)
{
    private static void Log(string s) { }

    public void CheckStoredInBool(Member m)
    {
        var ok = consent.IsGranted(m.Id, Purposes.GenerativeTraining);
        Log("between");
        if (ok)
            corpus.Add(m.Post);
    }

    // Twins: the condition was written in between, or the sink runs on the other branch.
    public void Rewritten(Member m, bool train, bool other)
    {
        if (train)
        {
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                return;
        }
        train = other;
        if (train)
            corpus.Add({|CG0001:m.Post|});
    }

    public void OtherBranch(Member m, bool train)
    {
        if (train)
        {
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                return;
        }
        if (!train)
            corpus.Add({|CG0001:m.Post|});
    }
}
