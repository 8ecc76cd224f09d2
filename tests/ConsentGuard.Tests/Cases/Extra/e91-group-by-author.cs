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
    public int Likes { get; set; }
}

public interface IBatchSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void AddRange(IEnumerable<string> texts);
}

public class Exporter(IConsentProvider consent, IBatchSink sink)
{
    public void PostsPerAuthor(List<Post> posts)
    {
        var q = from p in posts
                group p by p.AuthorId into g
                select $"{g.Key}: {g.Count()} posts, {g.Sum(x => x.Likes)} likes";
        sink.AddRange(q);
    }

    public void PostsPerAuthorMethodSyntax(List<Post> posts) =>
        sink.AddRange(posts.GroupBy(p => p.AuthorId).Select(g => $"{g.Key}: {g.Count()}"));

    public void LikesPerAuthor(List<Post> posts) =>
        sink.AddRange(posts.GroupBy(p => p.AuthorId, p => p.Likes).Select(g => g.Sum().ToString()));

    public void BodiesPerAuthor(List<Post> posts) =>
        sink.AddRange({|CG0001:posts.GroupBy(p => p.AuthorId).Select(g => string.Join("\n", g.Select(p => p.Body)))|});

    public void ConsentedBodiesPerAuthor(List<Post> posts) =>
        sink.AddRange(posts.Where(p => consent.IsGranted(p.AuthorId, Purposes.GenerativeTraining))
            .GroupBy(p => p.AuthorId)
            .Select(g => string.Join("\n", g.Select(p => p.Body))));
}
