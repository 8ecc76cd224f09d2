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
    [PersonalData(PersonalDataCategory.UserContent)]
    [ConsentPurpose(Purposes.Personalization)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    public string Body { get; set; } = "";
    [PersonalData(PersonalDataCategory.Location)] public string? PostedFrom { get; set; }
    public int Likes { get; set; }
    public DateTime CreatedAt { get; set; }
}

public interface IFeedRanker
{
    [ConsentSink(Purposes.Personalization)] void AddSignal(string memberId, string signal);
    [ConsentSink(Purposes.Personalization)] void AddSignals(IEnumerable<string> signals);
}

public class FeedBuilder(IConsentProvider consent, IFeedRanker ranker)
{
    public void RankUnchecked(Member viewer, Post p) => ranker.AddSignal(viewer.Id, {|CG0001:p.Body|});

    public void RankChecked(Post p)
    {
        switch (consent.IsGranted(p.AuthorId, Purposes.Personalization))
        {
            case true:
                ranker.AddSignal(p.AuthorId, p.Body);
                break;
            default:
                break;
        }
    }

    public void Location(Post p)
    {
        if (consent.IsGranted(p.AuthorId, Purposes.Personalization) && p.PostedFrom is { } where)
            ranker.AddSignal(p.AuthorId, {|CG0002:where|});
    }

    public void Engagement(IEnumerable<Post> posts) =>
        ranker.AddSignals(posts.OrderByDescending(p => p.Likes).Take(20).Select(p => $"{p.Likes}:{p.CreatedAt:yyyy-MM-dd}"));

    public void TopBodies(IEnumerable<Post> posts) =>
        ranker.AddSignals({|CG0001:posts.OrderByDescending(p => p.Likes).Take(20).Select(p => p.Body)|});

    public void ConsentedBodies(IEnumerable<Post> posts) =>
        ranker.AddSignals(posts.Where(p => consent.IsGranted(p.AuthorId, Purposes.Personalization))
            .OrderBy(p => p.CreatedAt)
            .Select(p => p.Body)
            .Distinct());

    public void Headline(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.Personalization))
            ranker.AddSignal(m.Id, m.Headline);
    }

    public void HeadlineCheckedForTraining(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            ranker.AddSignal(m.Id, {|CG0003:m.Headline|});
    }
}
