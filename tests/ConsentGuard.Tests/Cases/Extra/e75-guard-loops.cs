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

public interface IBatchSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void AddRange(IEnumerable<string> texts);
}

public class Exporter(IConsentProvider consent, ICorpus corpus, IBatchSink sink)
{
    public void IndexedFor(List<Member> members)
    {
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) continue;
            corpus.Add(m.Headline);
        }
    }

    public void IndexedForUnchecked(List<Member> members)
    {
        for (var i = 0; i < members.Count; i++)
            corpus.Add({|CG0001:members[i].Headline|});
    }

    public void StopAtFirstRefusal(IEnumerable<Member> members)
    {
        foreach (var m in members)
        {
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) break;
            corpus.Add(m.Headline);
        }
    }

    public void DoWhile(Queue<Member> queue)
    {
        do
        {
            var m = queue.Dequeue();
            if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                corpus.Add(m.Headline);
        } while (queue.Count > 0);
    }

    public void WhileDequeueUnchecked(Queue<Member> queue)
    {
        while (queue.TryDequeue(out var m))
            corpus.Add({|CG0001:m.Headline|});
    }

    public void BatchedWithFlush(IEnumerable<Member> members)
    {
        var batch = new List<string>(100);
        foreach (var m in members)
        {
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                continue;
            batch.Add(m.Headline);
            if (batch.Count == 100)
            {
                sink.AddRange(batch);
                batch.Clear();
            }
        }
        sink.AddRange(batch);
    }

    public void CheckAfterCollecting(IEnumerable<Member> members)
    {
        var batch = new List<string>();
        foreach (var m in members)
        {
            batch.Add(m.Headline);
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                continue;
        }
        sink.AddRange({|CG0001:batch|});
    }
}
