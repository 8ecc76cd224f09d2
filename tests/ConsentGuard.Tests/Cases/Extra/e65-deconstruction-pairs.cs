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

    public void Deconstruct(out string authorId, out string body, out int likes)
    {
        authorId = AuthorId;
        body = Body;
        likes = Likes;
    }
}

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    public void DictionaryPairs(List<Member> members)
    {
        var headlinesById = members.ToDictionary(m => m.Id, m => m.Headline);
        foreach (var (memberId, headline) in headlinesById)
            corpus.Add({|CG0001:headline|});
    }

    public void ConsentedDictionaryPairs(List<Member> members)
    {
        var headlinesById = members
            .Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            .ToDictionary(m => m.Id, m => m.Headline);
        foreach (var (_, headline) in headlinesById)
            corpus.Add(headline);
    }

    public void Nested(Post p)
    {
        var (author, (body, likes)) = (p.AuthorId, (p.Body, p.Likes));
        corpus.Add(likes.ToString());
        corpus.Add({|CG0001:body|});
    }

    public void CustomDeconstruct(Post p)
    {
        var (_, body, likes) = p;
        corpus.Add($"{likes} likes");
        corpus.Add({|CG0001:body|});
    }

    public void CustomDeconstructChecked(Post p)
    {
        var (author, body, _) = p;
        if (!consent.IsGranted(author, Purposes.GenerativeTraining)) return;
        corpus.Add(body);
    }
}
