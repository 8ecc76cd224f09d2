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

public partial record Profile
{
    [DataSubject] public string MemberId { get; init; } = "";
    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining), ConsentPurpose(Purposes.Personalization)]
    public string Headline { get; init; } = "";
    [PersonalData(PersonalDataCategory.Location), ConsentPurpose(Purposes.Personalization)]
    public string City { get; init; } = "";
}

public partial record Author(
    [property: DataSubject] string Id,
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)] string Bio);

public partial struct Reading
{
    [DataSubject] public string Who { get; init; }
    [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.Personalization)] public int Minutes { get; init; }
}

public interface IFeed
{
    [ConsentSink(Purposes.Personalization)] void Rank(string signal);
}

public interface IBatchSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void AddRange(IEnumerable<string> texts);
}

public interface IRowSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void Write(object row);
}

public class Exporter(IConsentProvider consent, ICorpus corpus, IFeed feed, IBatchSink batch, IRowSink rows)
{
    public void NullCheckThenUse(Profile p)
    {
        var view = p.ForGenerativeTraining(consent);
        if (view is null) return;
        corpus.Add(view.Headline);
    }

    public void NullConditionalView(Profile p) => corpus.Add(p.ForGenerativeTraining(consent)?.Headline ?? "");

    public void PersonalizationView(Profile p)
    {
        if (p.ForPersonalization(consent) is { } view)
            feed.Rank(view.City + "|" + view.Headline);
    }

    public void WrongViewPattern(Profile p)
    {
        if (p.ForPersonalization(consent) is { Headline: var h })
            corpus.Add({|CG0003:h|});
    }

    public void Many(IEnumerable<Profile> profiles) =>
        batch.AddRange(profiles.ForGenerativeTraining(consent).Select(v => v.Headline));

    public void ManyBypass(IEnumerable<Profile> profiles) =>
        batch.AddRange({|CG0001:profiles.Select(p => p.Headline)|});

    public async Task AsyncView(Profile p, CancellationToken ct)
    {
        if (await p.ForGenerativeTrainingAsync(consent, ct) is { } view)
            corpus.Add(view.Headline);
    }

    public void WholeView(Profile p)
    {
        if (p.ForGenerativeTraining(consent) is { } view)
            rows.Write(view);
    }

    public void PositionalRecordView(Author a)
    {
        if (a.ForGenerativeTraining(consent) is { } view)
            corpus.Add(view.Bio);
    }

    public void PositionalRecordBypass(Author a) => corpus.Add({|CG0001:a.Bio|});

    public void StructView(Reading r)
    {
        if (r.ForPersonalization(consent) is { } view)
            feed.Rank(view.Minutes.ToString());
    }

    public void StructBypass(Reading r) => feed.Rank({|CG0001:r.Minutes.ToString()|});

    public void ViewIntoAnonymousObject(Profile p)
    {
        if (p.ForGenerativeTraining(consent) is { } view)
            rows.Write(new { view.Headline, Source = "profile" });
    }
}
