// Issue #18 (probe17 p17-48): a parameter kept in the object's private storage by one member (a method, a setter, a constructor
// adding it to a private collection) and sent to a sink by another member of the same object: the keeping call's argument is
// a sink use, reported there (as case e94 does for a constructor assigning a private field).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    [ConsentPurpose(Purposes.Personalization)]
    public string Headline { get; set; } = "";
    public int Connections { get; set; }
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

public sealed class FieldSetter(ICorpus corpus)
{
    private string _text = "";
    public void SetText(string text) => _text = text;
    public void Execute() => corpus.Add(_text);
}

public sealed class ListInMethod(ICorpus corpus)
{
    private readonly List<string> _pending = new();
    public void Enqueue(string text) => _pending.Add(text);
    public void Flush() { foreach (var t in _pending) corpus.Add(t); }
}

public sealed class ListInConstructor
{
    private readonly ICorpus _corpus;
    private readonly List<string> _pending = new();
    public ListInConstructor(ICorpus corpus, string first) { _corpus = corpus; _pending.Add(first); }
    public void Flush() { foreach (var t in _pending) _corpus.Add(t); }
}

public sealed class PropertySetter(ICorpus corpus)
{
    private string _text = "";
    public string Text { set => _text = value; }
    public void Execute() => corpus.Add(_text);
}

public sealed class CtorField
{
    private readonly ICorpus _corpus;
    private readonly string _text;
    public CtorField(ICorpus corpus, string text) { _corpus = corpus; _text = text; }
    public void Execute() => _corpus.Add(_text);
}

public class Job(ICorpus corpus)
{
    public void F(Member m) { var c = new CtorField(corpus, {|CG0001:m.Headline|}); c.Execute(); }
    public void G(Member m) => new CtorField(corpus, {|CG0001:m.Headline|}).Execute();
    public void H(Member m) => new ListInConstructor(corpus, {|CG0001:m.Headline|}).Flush();
    public void A(Member m) { var c = new FieldSetter(corpus); c.SetText({|CG0001:m.Headline|}); c.Execute(); }
    public void B(Member m) { var c = new ListInMethod(corpus); c.Enqueue({|CG0001:m.Headline|}); c.Flush(); }
    public void C(Member m) { var c = new ListInConstructor(corpus, {|CG0001:m.Headline|}); c.Flush(); }
    public void D(Member m) { var c = new PropertySetter(corpus); c.Text = {|CG0001:m.Headline|}; c.Execute(); }
    public void Public(Member m) { var c = new ListInMethod(corpus); c.Enqueue(m.Connections.ToString()); c.Flush(); }
    public void Checked(Member m, IConsentProvider consent)
    {
        var c = new ListInMethod(corpus);
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            c.Enqueue(m.Headline);
        c.Flush();
    }
    public void KeptButNeverSent(Member m) { var c = new Keeper(); c.Keep(m.Headline); }
}

public sealed class Keeper
{
    private string _kept = "";
    public void Keep(string text) => _kept = text;
    public int Length() => _kept.Length;
}
