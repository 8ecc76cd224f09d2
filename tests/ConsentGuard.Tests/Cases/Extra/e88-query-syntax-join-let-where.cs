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
    public void JoinedUnfiltered(List<Member> members, List<Post> posts)
    {
        var q = from m in members
                join p in posts on m.Id equals p.AuthorId
                select p.Body;
        sink.AddRange({|CG0001:q|});
    }

    public void FilteredBeforeJoin(List<Member> members, List<Post> posts)
    {
        // only the members came through the filter; the joined posts did not
        var q = from m in members
                where consent.IsGranted(m.Id, Purposes.GenerativeTraining)
                join p in posts on m.Id equals p.AuthorId
                select p.Body;
        sink.AddRange({|CG0001:q|});
    }

    public void JoinedFiltered(List<Member> members, List<Post> posts)
    {
        var q = from m in members
                join p in posts on m.Id equals p.AuthorId
                where consent.IsGranted(p.AuthorId, Purposes.GenerativeTraining)
                select $"{m.Headline}: {p.Body}";
        sink.AddRange(q);
    }

    public void BodiesPerAuthor(List<Post> posts)
    {
        var q = from p in posts
                group p.Body by p.AuthorId into g
                select string.Join("\n", g);
        sink.AddRange({|CG0001:q|});
    }

    public void LetThenWhere(List<Post> posts)
    {
        var q = from p in posts
                let length = p.Body.Length
                where length > 0 && consent.IsGranted(p.AuthorId, Purposes.GenerativeTraining)
                select p.Body;
        sink.AddRange(q);
    }

    public void WordCounts(List<Post> posts)
    {
        var q = from p in posts
                let words = p.Body.Split(' ').Length
                orderby p.Body
                select words.ToString();
        sink.AddRange(q);
    }

    public void Popular(List<Post> posts)
    {
        var q = from p in posts
                where p.Likes > 10
                orderby p.Likes descending
                select p.Body;
        sink.AddRange({|CG0001:q|});
    }
}
