using System;
using System.Collections.Generic;
using System.Linq;
using ConsentGuard;

// Issue #18 shape 1: an extension method handed over as a method group (`Apply(corpus.Train, x)`): the receiver is the
// extension's first parameter, the delegate's parameters are the extension's next ones.

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

public interface IOutbox
{
    void Deliver(string text);
}

public static class CorpusExtensions
{
    public static void Train(this ICorpus corpus, string text) => corpus.Add(text);
    public static void TrainSecond(this ICorpus corpus, string label, string text) { Console.WriteLine(label.Length); corpus.Add(text); }
    public static void Count(this ICorpus corpus, string text) => Console.WriteLine(text.Length);
    // The receiver is what reaches the sink: the extension is a sink use of its `this` argument.
    public static void SendTo(this string text, ICorpus corpus) => corpus.Add(text);
}

public class Pipeline(ICorpus corpus, IConsentProvider consent)
{
    private static void Apply<T>(Action<T> a, T x) => a(x);
    private static void Apply2<T, U>(Action<T, U> a, T x, U y) => a(x, y);

    public void ExtensionGroup(Member m) => Apply(corpus.Train, {|CG0001:m.Post|});

    public void ExtensionGroupSecondParameter(Member m) => Apply2(corpus.TrainSecond, "label", {|CG0001:m.Post|});

    public void ExtensionGroupToLibrary(List<Member> people) => people.Select(p => p.Post).ToList().ForEach({|CG0001:corpus.Train|});

    public void ExtensionGroupLocal(Member m)
    {
        Action<string> train = corpus.Train;
        train({|CG0001:m.Post|});
    }

    public void ReceiverIsPersonal(Member m)
    {
        Action<ICorpus> send = {|CG0001:m.Post|}.SendTo;
        send(corpus);
    }

    // Compliant twins: a checked call, public data, an extension that sends nothing, personal data only in the first of
    // two parameters (which the extension does not send), a public receiver.
    public void ExtensionChecked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            Apply(corpus.Train, m.Post);
    }

    public void ExtensionPublic(Member m) => Apply(corpus.Train, m.Motto);

    public void ExtensionQuiet(Member m) => Apply(corpus.Count, m.Post);

    public void ExtensionLabelOnly(Member m) => Apply2(corpus.TrainSecond, m.Post, "text");

    public void PublicReceiver(Member m)
    {
        Action<ICorpus> send = m.Motto.SendTo;
        send(corpus);
    }
}
