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
}

public delegate void Sender(string text);

// Issue #18, shape 1: a delegate value's functions follow the value. A method group or a delegate local, field or property
// handed to other code is called there with what that code passes: its sinks are judged at the argument that hands it over
// (a library method: with what a lambda there would be given), or, when the callee's summary passes one of its own
// arguments, at that argument. A delegate field or property may hold every function assigned to it in the compilation.
public class Delegates(ICorpus corpus, IConsentProvider consent)
{
    private Action<string> _send = _ => { };
    private Action<string>? _relay;
    private readonly List<Member> _members = new();

    public Action<string>? OnPost { get; set; }

    public Delegates(ICorpus corpus, IConsentProvider consent, bool relay) : this(corpus, consent)
    {
        if (relay)
            _relay = In3;
        OnPost = text => corpus.Add(text);
    }

    private void In3(string s) => corpus.Add(s);
    private void Clean(string s) { }
    private string Echo(string s) { corpus.Add(s); return s; }
    private static void Apply<T>(Action<T> a, T x) => a(x);
    private static void Relay(Action<string> a, string x) => Apply(a, x);
    private void EachPost(Action<string> a) { foreach (var m in _members) a(m.Post); }
    private string LoadPost() => _members[0].Post;
    private string LoadMotto() => _members[0].Motto;

    // A method group handed to a helper whose body calls it: reported at the argument the helper passes on.
    public void HelperInvokes(Member m) => Apply(In3, {|CG0001:m.Post|});
    public void HelperPassesOn(Member m) => Relay(In3, {|CG0001:m.Post|});
    // ... or at the method group when the helper calls it with data of its own.
    public void HelperInvokesWithItsOwn() => EachPost({|CG0001:In3|});
    // A custom delegate made from a method group, then called.
    public void CustomDelegate(Member m) { var d = new Sender(In3); d({|CG0001:m.Post|}); }
    // Library code that calls the function with the collection's elements: as a lambda given there would be.
    public void ForEach(List<Member> people) => people.Select(p => p.Post).ToList().ForEach({|CG0001:In3|});
    public void Select(List<Member> people) => people.Select(p => p.Post).Select({|CG0001:Echo|}).ToList();
    public void ForEachLocal(List<Member> people) { Action<string> send = In3; people.Select(p => p.Post).ToList().ForEach({|CG0001:send|}); }
    // Delegate fields and properties: every function assigned to them anywhere.
    public void FieldAssignedLambda(Member m) { _send = s => corpus.Add(s); _send({|CG0001:m.Post|}); }
    public void FieldAssignedElsewhere(Member m) => _relay?.Invoke({|CG0001:m.Post|});
    public void PropertyAssignedInConstructor(Member m) => OnPost!({|CG0001:m.Post|});
    // A method group that returns personal data, read later through Lazy<T>.Value.
    public void LazyMethodGroup() { var lazy = new Lazy<string>(LoadPost); corpus.Add({|CG0001:lazy.Value|}); }

    // Compliant twins.
    public void HelperInvokesClean(Member m) => Apply(Clean, m.Post);
    public void HelperInvokesPublic(Member m) => Apply(In3, m.Motto);
    public void HelperUnderCheck(Member m) { if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) Apply(In3, m.Post); }
    public void ForEachClean(List<Member> people) => people.Select(p => p.Post).ToList().ForEach(Clean);
    public void ForEachPublic(List<Member> people) => people.Select(p => p.Motto).ToList().ForEach(In3);
    public void FieldUnderCheck(Member m) { if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) _relay?.Invoke(m.Post); }
    public void FieldWithPublic(Member m) => _send(m.Motto);
    public void LazyPublic() { var lazy = new Lazy<string>(LoadMotto); corpus.Add(lazy.Value); }
}
