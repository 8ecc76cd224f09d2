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

public partial record FeedPost
{
    [DataSubject] public string AuthorId { get; init; } = "";

    [PersonalData(PersonalDataCategory.UserContent)]
    [ConsentPurpose(Purposes.Personalization)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    public string Body { get; init; } = "";

    [PersonalData(PersonalDataCategory.Behavioral)]
    [ConsentPurpose(Purposes.Personalization)]
    public IReadOnlyList<string> Topics { get; init; } = [];

    public int Likes { get; init; }
}

public interface IRanker
{
    [ConsentSink(Purposes.Personalization)] void AddSignal(string signal);
    [ConsentSink(Purposes.Personalization)] void AddSignals(IEnumerable<string> signals);
}

public interface IBatchSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void AddRange(IEnumerable<string> texts);
}

public class FeedJobs(IConsentProvider consent, IRanker ranker, IBatchSink batch, ICorpus corpus)
{
    public void Topics(IEnumerable<FeedPost> posts)
    {
        foreach (var view in posts.ForPersonalization(consent))
            ranker.AddSignals(view.Topics);
    }

    public void TrainingBodies(IEnumerable<FeedPost> posts) =>
        batch.AddRange(posts.ForGenerativeTraining(consent).Select(v => v.Body));

    public void TrainingViewToRanker(IEnumerable<FeedPost> posts) =>
        ranker.AddSignals({|CG0003:posts.ForGenerativeTraining(consent).Select(v => v.Body)|});

    public async Task OneAsync(FeedPost post, System.Threading.CancellationToken ct)
    {
        var view = await post.ForPersonalizationAsync(consent, ct);
        if (view is null) return;
        ranker.AddSignal(view.Body);
    }

    public void NullConditionalView(FeedPost post) => ranker.AddSignal(post.ForPersonalization(consent)?.Body ?? "");

    public void PersonalizationTopicsToTraining(FeedPost post)
    {
        if (post.ForPersonalization(consent) is { } view)
            corpus.Add({|CG0002:string.Join(",", view.Topics)|});
    }

    public void Bypass(FeedPost post) => ranker.AddSignals({|CG0001:post.Topics|});

    public void Likes(FeedPost post) => ranker.AddSignal(post.Likes.ToString());
}
