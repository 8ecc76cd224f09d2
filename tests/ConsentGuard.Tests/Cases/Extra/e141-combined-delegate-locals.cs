using System;
using ConsentGuard;

// Issue #18 shape 1: a delegate local combined with `+=` calls every function it holds.

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

public class Pipeline(ICorpus corpus)
{
    private static void Quiet(string text) => Console.WriteLine(text.Length);

    private void Send(string text) => corpus.Add(text);

    public void Combined(Member m)
    {
        Action<string> handlers = Quiet;
        handlers += Send;
        handlers({|CG0001:m.Post|});
    }

    public void CombinedLambda(Member m)
    {
        Action<string> handlers = Quiet;
        handlers += text => corpus.Add(text);
        handlers.Invoke({|CG0001:m.Post|});
    }

    // Compliant twins: public data through the combined delegate; a delegate combined of quiet functions only.
    public void CombinedMotto(Member m)
    {
        Action<string> handlers = Quiet;
        handlers += Send;
        handlers(m.Motto);
    }

    public void QuietOnly(Member m)
    {
        Action<string> handlers = Quiet;
        handlers += Quiet;
        handlers(m.Post);
    }
}
