using System;
using System.Collections.Generic;
using System.Linq;
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

public class TrainingQueue(ICorpus corpus)
{
    private readonly Queue<string> _queue = new();

    public void Enqueue([ConsentSink(Purposes.GenerativeTraining)] string text) => _queue.Enqueue(text.Trim());

    [ConsentSink(Purposes.GenerativeTraining)]
    public void EnqueuePair(string prompt, string completion) => _queue.Enqueue(prompt + "\n" + completion);

    public void EnqueueSigned([ConsentSink(Purposes.GenerativeTraining)] string text, Member author) =>
        corpus.Add({|CG0001:text + " (" + author.Headline + ")"|});

    public void Drain()
    {
        while (_queue.TryDequeue(out var text))
            corpus.Add(text);
    }
}

public class Job(IConsentProvider consent, TrainingQueue queue)
{
    public void Unchecked(Member m) => queue.Enqueue({|CG0001:m.Headline|});

    public void Checked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            queue.Enqueue(m.Headline);
    }

    public void Count(Member m) => queue.Enqueue(m.Connections.ToString());

    public void Pair(Member m) => queue.EnqueuePair("Write a headline", {|CG0001:m.Headline|});

    public void PairEmail(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            queue.EnqueuePair({|CG0002:m.Email|}, m.Headline);
    }
}
