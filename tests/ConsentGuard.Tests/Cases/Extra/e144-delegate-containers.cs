using System;
using System.Collections.Generic;
using ConsentGuard;

// Issue #18 shape 1: delegates kept in arrays, lists and dictionaries and called from there. An element of a container of
// delegates may be any function put into it (its initializer, `Add`, an element assignment), in the body for a local,
// anywhere in the compilation for a field (its type for a private one).

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

public class Handlers(ICorpus corpus, IConsentProvider consent)
{
    private readonly Dictionary<string, Action<string>> _routes = new Dictionary<string, Action<string>>();
    private readonly List<Action<string>> _quietRoutes = new List<Action<string>>();

    private void Send(string s) => corpus.Add(s);
    private static void Quiet(string s) => Console.WriteLine(s.Length);

    public void Register()
    {
        _routes["post"] = Send;
        _quietRoutes.Add(Quiet);
    }

    public void InArray(Member m) { Action<string>[] handlers = { Send }; handlers[0]({|CG0001:m.Post|}); }

    public void InArrayCreation(Member m) { var handlers = new Action<string>[] { Quiet, Send }; handlers[1].Invoke({|CG0001:m.Post|}); }

    public void InDictionary(Member m)
    {
        var handlers = new Dictionary<string, Action<string>> { ["post"] = Send };
        handlers["post"]({|CG0001:m.Post|});
    }

    public void InListLambda(Member m)
    {
        var handlers = new List<Action<string>> { s => corpus.Add(s) };
        handlers[0]({|CG0001:m.Post|});
    }

    public void AddedToList(Member m)
    {
        var handlers = new List<Action<string>>();
        handlers.Add(Quiet);
        handlers.Add(Send);
        foreach (var h in handlers)
            h({|CG0001:m.Post|});
    }

    public void ForEachArray(Member m)
    {
        Action<string>[] handlers = { Quiet, Send };
        foreach (var h in handlers)
            h({|CG0001:m.Post|});
    }

    public void ElementAssigned(Member m)
    {
        var handlers = new Action<string>[2];
        handlers[0] = Quiet;
        handlers[1] = Send;
        handlers[0]({|CG0001:m.Post|});
    }

    public void FieldDictionary(Member m) => _routes["post"]({|CG0001:m.Post|});

    public void TryGetValueOut(Member m)
    {
        var handlers = new Dictionary<string, Action<string>> { ["post"] = Send };
        if (handlers.TryGetValue("post", out var h))
            h({|CG0001:m.Post|});
    }

    public void GetValueOrDefault(Member m) => _routes.GetValueOrDefault("post")?.Invoke({|CG0001:m.Post|});

    public void ElementCopiedToLocal(Member m)
    {
        Action<string>[] handlers = { Send };
        var h = handlers[0];
        h({|CG0001:m.Post|});
    }

    public void ElementHandedOver(Member m)
    {
        Action<string>[] handlers = { Send };
        Apply(handlers[0], {|CG0001:m.Post|});
    }

    private static void Apply(Action<string> a, string x) => a(x);

    public void GettersReturnPersonalData(List<Member> members)
    {
        Func<string>[] getters = { () => members[0].Post };
        corpus.Add({|CG0001:getters[0]()|});
    }

    // Compliant twins: quiet functions only, public data, a checked call, a field filled only with quiet functions.
    public void QuietArray(Member m) { Action<string>[] handlers = { Quiet }; handlers[0](m.Post); }

    public void PublicData(Member m) { Action<string>[] handlers = { Send }; handlers[0](m.Motto); }

    public void Checked(Member m)
    {
        var handlers = new List<Action<string>> { Send };
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            return;
        foreach (var h in handlers)
            h(m.Post);
    }

    public void QuietField(Member m) => _quietRoutes[0](m.Post);

    public void QuietTryGetValue(Member m)
    {
        var handlers = new Dictionary<string, Action<string>> { ["post"] = Quiet };
        if (handlers.TryGetValue("post", out var h))
            h(m.Post);
    }

    public void PublicGetters(List<Member> members)
    {
        Func<string>[] getters = { () => members[0].Motto };
        corpus.Add(getters[0]());
    }
}
