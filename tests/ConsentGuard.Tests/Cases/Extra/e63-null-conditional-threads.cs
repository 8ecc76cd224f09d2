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

public sealed class Post
{
    [DataSubject] public string AuthorId { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
    public string Body { get; set; } = "";
}

public sealed class DiscussionThread
{
    public Member? Author { get; set; }
    public List<Post>? Posts { get; set; }
    [PersonalData(PersonalDataCategory.UserContent)] public string? Title { get; set; }
}

public class ThreadExporter(IConsentProvider consent, ICorpus corpus)
{
    public void AuthorHeadline(DiscussionThread thread) => corpus.Add({|CG0001:thread.Author?.Headline ?? ""|});

    public void FirstPost(DiscussionThread thread) => corpus.Add({|CG0001:thread.Posts?[0].Body ?? ""|});

    public void PostCount(DiscussionThread thread) => corpus.Add(thread.Posts?.Count.ToString() ?? "0");

    public void AuthorReach(DiscussionThread thread) => corpus.Add(thread.Author?.Connections.ToString() ?? "0");

    public void Title(DiscussionThread? thread) => corpus.Add({|CG0002:thread?.Title ?? "untitled"|});

    public void CheckedAuthor(DiscussionThread thread)
    {
        if (thread.Author is { } a && consent.IsGranted(a.Id, Purposes.GenerativeTraining))
            corpus.Add(thread.Author?.Headline ?? "");
    }

    public void CheckedAuthorEmail(DiscussionThread thread)
    {
        if (thread.Author is { } a && consent.IsGranted(a.Id, Purposes.GenerativeTraining))
            corpus.Add({|CG0002:a?.Email ?? ""|});
    }
}
