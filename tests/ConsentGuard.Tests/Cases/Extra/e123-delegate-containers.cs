using System;
using System.Collections.Generic;
using System.Threading.Tasks;
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

// Probe of issue #18 shape 1: delegates kept in arrays and dictionaries, and continuations.
// (Variants the analyzer does not agree with yet are listed in docs/semantics.md §5.)
public class DelegateContainers(ICorpus corpus)
{
    private void Send(string s) => corpus.Add(s);
    private void Quiet(string s) { }

    public Task Continuation(Member m) => Task.FromResult(m.Post).ContinueWith(t => corpus.Add({|CG0001:t.Result|}));

    public void InArrayQuiet(Member m) { Action<string>[] handlers = { Quiet }; handlers[0](m.Post); }
    public void InArrayPublic(Member m) { Action<string>[] handlers = { Send }; handlers[0](m.Motto); }
}
