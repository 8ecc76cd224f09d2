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

public sealed record Review(
    [property: DataSubject] string AuthorId,
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)] string Body,
    int Stars);

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    public void Record(Review r)
    {
        var (_, body, stars) = r;
        corpus.Add(stars.ToString());
        corpus.Add({|CG0001:body|});
    }

    public void Tuple(Member m)
    {
        var (headline, connections) = (m.Headline, m.Connections);
        corpus.Add({|CG0001:headline|});
    }

    public void DeconstructingAssignment(Member m)
    {
        string text;
        int weight;
        (text, weight) = (m.Headline, 1);
        corpus.Add({|CG0001:text|});
    }

    public void ForeachDeconstruction(IEnumerable<Review> reviews)
    {
        foreach (var (_, body, _) in reviews)
            corpus.Add({|CG0001:body|});
    }

    public void Checked(Review r)
    {
        var (author, body, _) = r;
        if (consent.IsGranted(author, Purposes.GenerativeTraining))
            corpus.Add(body);
    }
}
