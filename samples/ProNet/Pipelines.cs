using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using ConsentGuard;

namespace ProNet;

/// <summary>
/// Hand-written consent checks, an exemption, an anonymizer, a suppressed finding and a warning: the forms the
/// audit lists beside the generated accessors the jobs in Jobs/ use.
/// </summary>
public sealed class Pipelines(IConsentProvider consent, TrainingCorpus corpus, FeedRanker ranker, FraudScreen fraud, WordStatistics statistics)
{
    /// <summary>Only members who opted in reach the training corpus.</summary>
    public void ExportForTraining(IEnumerable<Member> members)
    {
        foreach (var member in members)
        {
            if (!consent.IsGranted(member.Id, Purposes.GenerativeTraining))
                continue;
            corpus.Add(member.Headline);
        }
    }

    /// <summary>A source-declared check: the settings page's answer, stricter than the provider's.</summary>
    [ConsentCheck(Purposes.Personalization)]
    public bool MayPersonalize(Member member) => consent.IsGranted(member.Id, Purposes.Personalization);

    public void PersonalizeFeed(Member member)
    {
        if (MayPersonalize(member))
            ranker.Boost(member.Headline);
    }

    /// <summary>Headlines of members who agreed to training, for the evaluation set.</summary>
    [return: ConsentCleared(Purposes.GenerativeTraining)]
    public IEnumerable<string> TrainingHeadlines(IEnumerable<Member> members) =>
        members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(m => m.Headline).ToList();

    [ConsentExempt("FraudDetection", Justification = "GDPR Art. 6(1)(f): screening sign-ups for fraud is a legitimate interest that does not rest on consent.", Ticket = "PRIV-7", Expires = "2030-12-31")]
    public void ScreenSignUp(Member member) => fraud.LastScreened = member.Email;

    /// <summary>Only the redacted shape of a post reaches the dashboard.</summary>
    public void RecordStatistics(Post post) => statistics.Record(Redaction.Redact(post.Text));

    [SuppressMessage("ConsentGuard", "CG0001", Justification = "Support replay: the member asked support to reproduce their own feed; ticket consent is recorded in the help desk.")]
    public void ReplayFeedForSupport(Member member) => ranker.Boost(member.City);

    /// <summary>Asks, but ignores the answer: left in on purpose so the audit shows a warning (CG0007).</summary>
    public void WarmUpConsentCache(Member member) => consent.IsGranted(member.Id, Purposes.Analytics);
}
