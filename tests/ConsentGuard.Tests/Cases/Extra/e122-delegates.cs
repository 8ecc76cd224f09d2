using System;
using System.Collections.Generic;
using System.Linq;
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

// Probe of issue #18 shape 1 (delegates) in spellings e115 does not use.
// (Variants the analyzer does not agree with yet are listed in docs/semantics.md §5.)
public class DelegateVariants
{
    private readonly ICorpus _corpus;
    private readonly IConsentProvider _consent;
    private Func<string, string> _transform = s => s;
    private Action<string, string> _guarded = (_, _) => { };

    public event Action<string>? Posted;

    public DelegateVariants(ICorpus corpus, IConsentProvider consent)
    {
        _corpus = corpus;
        _consent = consent;
        _transform = Echo;
        Posted += Send;
        _guarded = (id, text) => { if (_consent.IsGranted(id, Purposes.GenerativeTraining)) _corpus.Add(text); };
    }

    private void Send(string s) => _corpus.Add(s);
    private string Echo(string s) { _corpus.Add(s); return s; }
    private static void Apply<T>(Action<T> a, T x) => a(x);
    private static R Map<T, R>(Func<T, R> f, T x) => f(x);

    // A Func field assigned a method group in the constructor.
    public void FuncFieldMethodGroup(Member m) => _transform({|CG0001:m.Post|});
    // An event subscribed with a method group, raised with personal data.
    // The sink method itself as a method group of an interface instance.
    public void SinkAsMethodGroup(Member m) => Apply(_corpus.Add, {|CG0001:m.Post|});
    // A generic Func helper.
    public void FuncHelper(Member m) => Map(Echo, {|CG0001:m.Post|});
    // Task.Run with a lambda capturing personal data.
    public Task Background(Member m) => Task.Run(() => _corpus.Add({|CG0001:m.Post|}));

    // Compliant twins and idiomatic correct code near the shape.
    public void GuardedField(Member m) => _guarded(m.Id, m.Post);
    public void FilteredThenForEach(List<Member> people) =>
        people.Where(p => _consent.IsGranted(p.Id, Purposes.GenerativeTraining)).Select(p => p.Post).ToList().ForEach(Send);
    public void FuncFieldPublic(Member m) => _transform(m.Motto);
    public void EventPublic(Member m) => Posted?.Invoke(m.Motto);
    public void SinkAsMethodGroupChecked(Member m)
    {
        if (_consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            Apply(_corpus.Add, m.Post);
    }
}
