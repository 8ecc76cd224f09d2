using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System.Text.Json;
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
}

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    public void Serialize(Post p) => corpus.Add({|CG0001:JsonSerializer.Serialize(p)|});

    public void SerializeMember(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add({|CG0002:JsonSerializer.Serialize(m)|});
    }

    public void SerializeAnonymous(Member m) => corpus.Add({|CG0001:JsonSerializer.Serialize(new { m.Headline })|});

    public void SerializeBytes(Post p) => corpus.Add({|CG0001:Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(p))|});

    public void SerializeList(List<Post> posts) => corpus.Add({|CG0001:JsonSerializer.Serialize(posts)|});

    public void NonPersonal(Member m) => corpus.Add(JsonSerializer.Serialize(new { m.Connections }));

    public void Checked(Post p)
    {
        if (consent.IsGranted(p.AuthorId, Purposes.GenerativeTraining))
            corpus.Add(JsonSerializer.Serialize(p));
    }
}
