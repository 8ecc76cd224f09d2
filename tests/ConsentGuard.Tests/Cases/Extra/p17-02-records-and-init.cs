using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
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

public sealed record Post(
    [property: DataSubject] string AuthorId,
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)] string Body,
    DateTime At);

public sealed class Draft
{
    [DataSubject] public required string AuthorId { get; init; }
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
    public required string Text { get; init; }
    public required int Words { get; init; }
}

public readonly record struct Search(
    [property: DataSubject] string Who,
    [PersonalData(PersonalDataCategory.Behavioral)] string Query);

public interface IPostSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void Write(Post post);
}

public class Exporter(IConsentProvider consent, ICorpus corpus, IPostSink posts)
{
    public void Body(Post p) => corpus.Add({|CG0001:p.Body|});

    public void PublicMember(Post p) => corpus.Add(p.At.ToString("O"));

    public void Deconstructed(Post p)
    {
        var (_, body, _) = p;
        corpus.Add({|CG0001:body|});
    }

    public void DeconstructedChecked(Post p)
    {
        if (!consent.IsGranted(p.AuthorId, Purposes.GenerativeTraining)) return;
        var (_, body, _) = p;
        corpus.Add(body);
    }

    public void WithCopy(Post p)
    {
        var later = p with { At = DateTime.UtcNow };
        corpus.Add({|CG0001:later.Body|});
    }

    public void WholeRecord(Post p) => posts.Write({|CG0001:p|});

    public void WholeRecordChecked(Post p)
    {
        if (consent.IsGranted(p.AuthorId, Purposes.GenerativeTraining))
            posts.Write(p);
    }

    public void RequiredInit(Draft d)
    {
        corpus.Add(d.Words.ToString());
        corpus.Add({|CG0001:d.Text|});
    }

    public void NewDraft(Member m)
    {
        // SPEC 5: a read of a [PersonalData] member is personal whatever the receiver holds
        var d = new Draft { AuthorId = m.Id, Text = "hello", Words = 1 };
        corpus.Add({|CG0001:d.Text|});
    }

    public void RecordStructNoPurpose(Search s)
    {
        if (consent.IsGranted(s.Who, Purposes.GenerativeTraining))
            corpus.Add({|CG0002:s.Query|});
    }

    public void RecordStructNoPurposeUnchecked(Search s) => corpus.Add({|CG0002:s.Query|});
}

public class Session([PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.GenerativeTraining)] string query, IConsentProvider consent, ICorpus corpus)
{
    public void Log() => corpus.Add({|CG0001:query|});

    public void LogChecked(string memberId)
    {
        if (consent.IsGranted(memberId, Purposes.GenerativeTraining))
            corpus.Add(query);
    }
}
