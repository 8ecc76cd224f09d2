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

public class Post
{
    [DataSubject] public string AuthorId { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)] public string Body { get; set; } = "";
    public int Likes { get; set; }
    public string Language { get; set; } = "en";
}

public interface IPostSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void Write(Post post);
    [ConsentSink(Purposes.GenerativeTraining)] void Label(string text);
}

public class Exporter(IConsentProvider consent, IPostSink sink)
{
    public void Unchecked(Post p) => sink.Write({|CG0001:p|});

    public void Checked(Post p)
    {
        if (consent.IsGranted(p.AuthorId, Purposes.GenerativeTraining))
            sink.Write(p);
    }

    public void Metadata(Post p)
    {
        sink.Label(p.Language);
        sink.Label(p.Likes.ToString());
    }

    public void MetadataOfMany(List<Post> posts) => sink.Label(string.Join(",", posts.Select(p => p.Language)));
}
