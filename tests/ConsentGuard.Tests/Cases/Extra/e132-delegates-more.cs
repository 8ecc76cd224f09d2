using System;
using System.Collections.Generic;
using System.Linq;
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

public static class CorpusExtensions
{
    public static void Train(this ICorpus corpus, string text) => corpus.Add(text);
}

// Probe of issue #18 shape 1: extension/local-function method groups, Func locals, Func properties, combined delegates.
// (Variants the analyzer does not agree with yet are listed in docs/semantics.md §5.)
public class MoreDelegates(ICorpus corpus, IConsentProvider consent)
{
    private readonly List<Member> _members = new();
    private static void Apply<T>(Action<T> a, T x) => a(x);
    private void Send(string s) => corpus.Add(s);
    private void Quiet(string s) { }
    private string LoadPost() => _members[0].Post;

    public Func<Member, string> Pick { get; set; } = x => x.Post;

    public void LocalFunctionGroup(Member m)
    {
        void Local(string s) => corpus.Add(s);
        Apply(Local, {|CG0001:m.Post|});
    }
    public void FuncLocal() { Func<string> get = LoadPost; corpus.Add({|CG0001:get()|}); }
    public void FuncProperty(Member m) => corpus.Add({|CG0001:Pick(m)|});
    public void ArrayForEach(Member[] people) => Array.ForEach(people.Select(p => p.Post).ToArray(), {|CG0001:Send|});

    // Idiomatic correct code.
    public void FilteredSinkGroup(List<Member> people) =>
        people.Where(p => consent.IsGranted(p.Id, Purposes.GenerativeTraining)).Select(p => p.Post).ToList().ForEach(corpus.Add);
    public void CombinedQuiet(Member m) { Action<string> a = Quiet; a += Quiet; a(m.Post); }
    public void ExtensionChecked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            Apply(corpus.Train, m.Post);
    }
}
