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
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

// A helper whose every path throws never returns: `if (!check) Deny();` guards what follows like `if (!check) throw …;`.
public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    private static void Deny() => throw new InvalidOperationException("no consent");
    private static void Fail(string why) { throw new InvalidOperationException(why); }
    private static void Log(string why) { if (why.Length > 100) throw new ArgumentException(why); }
    private static async Task DenyAsync() { await Task.Yield(); throw new InvalidOperationException(); }
    private static IEnumerable<int> DenyLater() { yield break; }

    public void WithThrowHelper(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) Deny();
        corpus.Add(m.Post);
    }

    public void WithBlockThrowHelper(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            Fail("refused");
        corpus.Add(m.Post);
    }

    public void WithLocalThrowHelper(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) Refuse();
        corpus.Add(m.Post);
        static void Refuse() => throw new InvalidOperationException();
    }

    public void WithHelperThatMayReturn(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) Log("refused");
        corpus.Add({|CG0001:m.Post|});
    }

    public void WithAsyncHelperNotAwaited(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) _ = DenyAsync();
        corpus.Add({|CG0001:m.Post|});
    }

    public void WithIterator(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) DenyLater();
        corpus.Add({|CG0001:m.Post|});
    }
}
