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

public class Pipeline(IConsentProvider consent, ICorpus corpus)
{
    public async Task ChannelUnchecked(IEnumerable<Member> members)
    {
        var channel = System.Threading.Channels.Channel.CreateUnbounded<string>();
        foreach (var m in members)
            channel.Writer.TryWrite(m.Headline);
        channel.Writer.Complete();
        await foreach (var text in channel.Reader.ReadAllAsync())
            corpus.Add({|CG0001:text|});
    }

    public async Task ChannelChecked(IEnumerable<Member> members)
    {
        var channel = System.Threading.Channels.Channel.CreateUnbounded<string>();
        foreach (var m in members)
            if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                channel.Writer.TryWrite(m.Headline);
        channel.Writer.Complete();
        await foreach (var text in channel.Reader.ReadAllAsync())
            corpus.Add(text);
    }

    public void ConcurrentQueueTryDequeue(Member m)
    {
        var q = new System.Collections.Concurrent.ConcurrentQueue<string>();
        q.Enqueue(m.Headline);
        if (q.TryDequeue(out var text))
            corpus.Add({|CG0001:text|});
    }

    public void BlockingCollection(Member m)
    {
        using var bc = new System.Collections.Concurrent.BlockingCollection<string>();
        bc.Add(m.Headline);
        bc.CompleteAdding();
        foreach (var text in bc.GetConsumingEnumerable())
            corpus.Add({|CG0001:text|});
    }

    public void GetOrAdd(Member m)
    {
        var cache = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        var text = cache.GetOrAdd(m.Id, _ => m.Headline);
        corpus.Add({|CG0001:text|});
    }
}
