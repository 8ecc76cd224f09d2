using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using ConsentGuard;

namespace ProNet;

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
            corpus.Add(member.LatestPost);
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

    [ConsentExempt("FraudDetection", Justification = "GDPR Art. 6(1)(f): screening sign-ups for fraud is a legitimate interest that does not rest on consent.")]
    public void ScreenSignUp(Member member) => fraud.LastScreened = member.Email;

    /// <summary>Only the redacted shape of a post reaches the dashboard.</summary>
    public void RecordStatistics(Member member) => statistics.Record(Redaction.Redact(member.LatestPost));

    [SuppressMessage("ConsentGuard", "CG0001", Justification = "Support replay: the member asked support to reproduce their own feed; ticket consent is recorded in the help desk.")]
    public void ReplayFeedForSupport(Member member) => ranker.Boost(member.City);

    /// <summary>Asks, but ignores the answer: left in on purpose so the audit shows a warning (CG0007).</summary>
    public void WarmUpConsentCache(Member member) => consent.IsGranted(member.Id, Purposes.Analytics);
}

public static class Program
{
    public static void Main()
    {
        var consent = new InMemoryConsentProvider();
        consent.Grant("m-1", Purposes.GenerativeTraining);
        var corpus = new TrainingCorpus();
        var pipelines = new Pipelines(consent, corpus, new FeedRanker(), new FraudScreen(), new WordStatistics());
        var members = new[]
        {
            new Member { Id = "m-1", Name = "Ada", Headline = "Compiler engineer", LatestPost = "Shipping a new optimizer" },
            new Member { Id = "m-2", Name = "Grace", Headline = "Navy admiral", LatestPost = "Found a moth" },
        };
        pipelines.ExportForTraining(members);
        Console.WriteLine($"{corpus.Count} texts of {members.Length} members are in the training corpus.");
    }
}
