using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard;

[assembly: DefinePurpose("SafetyReview", Description = "Human review of reported content")]
[assembly: DefinePurpose({|CG0005:"Fraud-Detection"|}, Description = "Fake-account detection")]

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    [ConsentPurpose({|CG0005:"personalization"|})]
    public string Headline { get; set; } = "";
    public int Connections { get; set; }
}

public interface IReviewQueue
{
    [ConsentSink("SafetyReview")] void Submit(string text);
    [ConsentSink({|CG0005:"Generative Training"|})] void Archive(string text);
}

public sealed class Report
{
    [DataSubject] public string ReporterId { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose("SafetyReview")] public string Text { get; set; } = "";
}

public class ReviewSettings
{
    [ConsentSetting({|CG0005:"safetyreview"|})] public bool AllowHumanReview { get; set; }
}

public class Gate(IConsentProvider consent)
{
    [ConsentCheck({|CG0005:"Moderation"|})]
    public bool MayModerate([DataSubject] string id) => consent.IsGranted(id, Purposes.ContentModeration);

    public bool MayAnalyze(string id) => consent.IsGranted(id, {|CG0005:"Analytic"|});

    public bool MayAdvertise(string id) => consent.IsGranted(id, {|CG0005:""|});
}

public class Reviewer(IConsentProvider consent, IReviewQueue queue)
{
    public void Submit(Report r)
    {
        if (consent.IsGranted(r.ReporterId, "SafetyReview"))
            queue.Submit(r.Text);
    }

    public void SubmitUnchecked(Report r) => queue.Submit({|CG0001:r.Text|});

    [ConsentExempt({|CG0005:"Analytcs"|}, Justification = "Load test with synthetic reports")]
    public void LoadTest(Report r) => queue.Submit({|CG0001:r.Text|});
}
