using System;
using ConsentGuard;

// Issue #18 shape 1, events: a field-like event may call every handler subscribed to it anywhere in the compilation,
// so raising it with personal data lends each handler's sinks to the raise.

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

public class Feed
{
    private readonly ICorpus _corpus;
    private readonly IConsentProvider _consent;

    public event Action<string>? Posted;
    private event Action<string> Quiet = _ => { };

    public Feed(ICorpus corpus, IConsentProvider consent)
    {
        _corpus = corpus;
        _consent = consent;
        Posted += Send;
        Quiet += text => Console.WriteLine(text.Length);
    }

    private void Send(string text) => _corpus.Add(text);

    public void Publish(Member m) => Posted?.Invoke({|CG0001:m.Post|});

    public void PublishDirect(Member m)
    {
        if (Posted is not null)
            Posted({|CG0001:m.Post|});
    }

    // Compliant twins: public data, a checked raise, an event whose handlers reach no sink.
    public void PublishMotto(Member m) => Posted?.Invoke(m.Motto);

    public void PublishChecked(Member m)
    {
        if (_consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            Posted?.Invoke(m.Post);
    }

    public void Whisper(Member m) => Quiet(m.Post);
}

public class Subscriber
{
    // A handler added from another type, to an event of another object: it too may run when the event is raised.
    public Subscriber(Feed feed, ICorpus corpus) => feed.Posted += text => corpus.Add(text.Trim());
}

// The same null-conditional call through a delegate field.
public class Relay(ICorpus corpus)
{
    private Action<string>? _forward;

    public void Wire() => _forward = text => corpus.Add(text);

    public void Forward(Member m) => _forward?.Invoke({|CG0001:m.Post|});

    public void ForwardMotto(Member m) => _forward?.Invoke(m.Motto);
}
