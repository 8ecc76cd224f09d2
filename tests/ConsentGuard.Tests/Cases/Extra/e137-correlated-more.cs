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

// Probe of issue #18 shape 9: the form with `return`, a compound condition, a loop with `continue`; twins.
// (Variants the analyzer does not agree with yet are listed in docs/semantics.md §5.)
public class MoreCorrelated(ICorpus corpus, IConsentProvider consent)
{
    private bool _train;
    private static void Log(string s) { }
    private void Enable() => _train = true;

    public void FieldWrittenBetween(Member m)
    {
        if (_train) { if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return; }
        Enable();
        if (_train) corpus.Add({|CG0001:m.Post|});
    }
}
