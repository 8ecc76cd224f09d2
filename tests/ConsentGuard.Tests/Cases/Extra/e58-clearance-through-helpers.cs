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
public class Post
{
    [DataSubject] public string AuthorId { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)] public string Body { get; set; } = "";
    public int Likes { get; set; }
}

public interface IConsentedPosts
{
    [return: ConsentCleared(Purposes.GenerativeTraining)] Post Next();
}

public class Posts(IConsentProvider consent, List<Post> all)
{
    [ConsentCleared(Purposes.GenerativeTraining)]
    public Post? Consented(string id)
    {
        var p = all.Find(x => x.AuthorId == id);
        return p is not null && consent.IsGranted(p.AuthorId, Purposes.GenerativeTraining) ? p : null;
    }
}

public static class Format
{
    public static string BodyOf(Post p) => p.Body.Trim();

    public static string Quote(string s) => "> " + s;
}

public class Exporter(IConsentProvider consent, Posts posts, IConsentedPosts feed, ICorpus corpus, IBatchSink batch)
{
    public void IfGuard(Post p)
    {
        if (consent.IsGranted(p.AuthorId, Purposes.GenerativeTraining))
            corpus.Add(Format.BodyOf(p));
    }

    public void WhereElement(List<Post> ps)
    {
        foreach (var p in ps.Where(x => consent.IsGranted(x.AuthorId, Purposes.GenerativeTraining)))
            corpus.Add(Format.BodyOf(p));
    }

    public void WhereElementInSelect(List<Post> ps) =>
        batch.AddRange(ps.Where(x => consent.IsGranted(x.AuthorId, Purposes.GenerativeTraining)).Select(x => Format.BodyOf(x)));

    public void ClearedInSource(string id)
    {
        if (posts.Consented(id) is { } p)
            corpus.Add(Format.BodyOf(p));
    }

    public void ClearedFromInterface() => corpus.Add(Format.BodyOf(feed.Next()));

    public void ClearedValueThroughStringHelper(string id)
    {
        if (posts.Consented(id) is { } p)
            corpus.Add(Format.Quote(p.Body));
    }

    public void SinkParameterObligation([ConsentSink(Purposes.GenerativeTraining)] Post p) => corpus.Add(Format.BodyOf(p));

    public void Unfiltered(List<Post> ps)
    {
        foreach (var p in ps)
            corpus.Add({|CG0001:Format.BodyOf(p)|});
    }
}
