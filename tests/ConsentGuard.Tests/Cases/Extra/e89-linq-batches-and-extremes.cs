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

public class Exporter(IConsentProvider consent, ICorpus corpus, IBatchSink sink)
{
    public void Chunked(List<Post> posts)
    {
        foreach (var chunk in posts.Chunk(100))
            corpus.Add({|CG0001:string.Join("\n", chunk.Select(p => p.Body))|});
    }

    public void ChunkedConsented(List<Post> posts)
    {
        foreach (var chunk in posts.Where(p => consent.IsGranted(p.AuthorId, Purposes.GenerativeTraining)).Chunk(100))
            corpus.Add(string.Join("\n", chunk.Select(p => p.Body)));
    }

    public void MostLiked(List<Post> posts) => corpus.Add({|CG0001:posts.MaxBy(p => p.Likes)?.Body ?? ""|});

    public void Stats(List<Post> posts) =>
        corpus.Add($"{posts.Sum(p => p.Likes)} likes, longest {posts.Max(p => p.Body.Length)}, avg {posts.Average(p => p.Body.Length):F1}");

    public void Predicates(List<Post> posts) =>
        corpus.Add($"{posts.Count(p => p.Body.Contains("AI"))} {posts.Any(p => p.Body == "")} {posts.Select(p => p.Body).Contains("hello")}");

    public void Aggregated(List<Post> posts) =>
        corpus.Add({|CG0001:posts.Aggregate(new System.Text.StringBuilder(), (sb, p) => sb.AppendLine(p.Body)).ToString()|});

    public void Smallest(List<Post> posts) => corpus.Add({|CG0001:posts.Min(p => p.Body) ?? ""|});

    public void Skipped(List<Post> posts) => sink.AddRange({|CG0001:posts.Skip(10).Take(5).Reverse().Select(p => p.Body)|});

    public void ToLookupKeys(List<Post> posts) => sink.AddRange(posts.Select(p => p.Likes.ToString()).Distinct().OrderBy(x => x));
}
