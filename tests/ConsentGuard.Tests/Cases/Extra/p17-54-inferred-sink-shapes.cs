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

public class Comment
{
    [DataSubject] public string AuthorId { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
    public string Text { get; set; } = "";
}

public interface IStore<T>
{
    [ConsentSink(Purposes.GenerativeTraining)] void Put(T item);
}

public class Sender(IConsentProvider consent, ICorpus corpus, IStore<Comment> store)
{
    public async Task SendAsync(string text)
    {
        await Task.Yield();
        corpus.Add(text);
    }

    public void SendAll(params string[] texts)
    {
        foreach (var t in texts)
            corpus.Add(t);
    }

    public void SendGeneric<T>(T item) where T : Comment => store.Put(item);

    public void SendIfAllowed(string memberId, string text)
    {
        if (!consent.IsGranted(memberId, Purposes.GenerativeTraining)) return;
        corpus.Add(text);
    }

    public void SendMember(Member m) => corpus.Add({|CG0001:m.Headline|});

    public void SendMemberChecked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add(m.Headline);
    }
}

public class Job(Sender sender)
{
    public async Task Async(Member m) => await sender.SendAsync({|CG0001:m.Headline|});

    public void Params(Member m) => sender.SendAll("header", {|CG0001:m.Headline|});

    public void Generic(Comment c) => sender.SendGeneric({|CG0001:c|});

    public void CheckedInsideHelper(Member m) => sender.SendIfAllowed(m.Id, m.Headline);

    public void Member(Member m) => sender.SendMember(m);

    public void MemberChecked(Member m) => sender.SendMemberChecked(m);
}
