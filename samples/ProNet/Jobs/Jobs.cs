using System;
using ConsentGuard;
using ProNet.Network;

namespace ProNet;

/// <summary>What the generative-training export did, member by member.</summary>
public sealed record ExportSummary(
    int Considered, int Exported, int NoConsent, int ExcludedByJurisdiction, int UnknownJurisdiction, int Failed,
    int Posts, string RunId, int Objected = 0, int NotNotified = 0);

/// <summary>What a job that is not the export did: elements read, elements used.</summary>
public sealed record JobSummary(int MembersConsidered, int MembersUsed, int PostsUsed, int MessagesConsidered, int MessagesUsed);

/// <summary>
/// The three jobs of the backend. Each reads the network through the generated <c>For{Purpose}</c> extensions,
/// so only the data declared for that purpose, of members whose consent is in force, reaches its file.
/// </summary>
public sealed class Jobs(DemoNetwork network, PolicyConsentProvider consent, ITrainingRunRegister register)
{
    /// <summary>
    /// Headlines and posts for the writing assistant's next fine-tuning run, on legitimate interest: members notified
    /// before today who did not object. The policy excludes the EEA and Switzerland whatever members chose there and asks
    /// Brazil for consent; every member whose data is read is recorded against the run first.
    /// </summary>
    public ExportSummary ExportGenerativeTraining(TrainingFile file, IProgress<int>? progress = null)
    {
        var run = register.StartRun(Purposes.GenerativeTraining, "writing-assistant export");
        void Record(System.Collections.Generic.IReadOnlyCollection<string> granted) => register.RecordSubjects(run.RunId, granted);

        var members = new ProgressCounter(progress);
        var memberTally = new DecisionTally(consent, Record);
        foreach (var view in members.Track(network.Members()).ForGenerativeTraining(memberTally))
            file.Add("headline", view.Headline);

        var posts = 0;
        foreach (var post in network.Posts().ForGenerativeTraining(new DecisionTally(consent, Record)))
        {
            file.Add("post", post.Text);
            posts++;
        }
        register.CompleteRun(run.RunId);
        return new ExportSummary(
            members.Count, memberTally[PolicyDecision.Granted], memberTally[PolicyDecision.NotGranted],
            memberTally[PolicyDecision.ExcludedByJurisdiction], memberTally[PolicyDecision.UnknownJurisdiction],
            memberTally[PolicyDecision.Error], posts, run.RunId, memberTally[PolicyDecision.Objected], memberTally[PolicyDecision.NotNotified]);
    }

    /// <summary>Role, field and city of each member who asked for a personalized feed.</summary>
    public JobSummary FeedFeatures(FeatureFile file, IProgress<int>? progress = null)
    {
        var members = new ProgressCounter(progress);
        var used = 0;
        foreach (var view in members.Track(network.Members()).ForPersonalization(consent))
        {
            var (role, field) = SplitHeadline(view.Headline);
            file.Add(role, field, view.City);
            used++;
        }
        return new JobSummary(members.Count, used, 0, 0, 0);
    }

    /// <summary>Posts and direct messages of members who agreed to help train the moderation model, labelled.</summary>
    public JobSummary ModerationTrainingSet(ModerationFile file, IProgress<int>? progress = null)
    {
        var posts = 0;
        foreach (var post in network.Posts().ForContentModeration(consent))
        {
            file.Add("post", post.Text, Label(post.Text));
            posts++;
        }
        var messages = new ProgressCounter(progress);
        var used = 0;
        foreach (var message in messages.Track(network.Messages()).ForContentModeration(consent))
        {
            file.Add("message", message.Text, Label(message.Text));
            used++;
        }
        return new JobSummary(0, 0, posts, messages.Count, used);
    }

    /// <summary>"Engineer in payments" → ("Engineer", "payments").</summary>
    private static (string Role, string Field) SplitHeadline(string headline)
    {
        var at = headline.IndexOf(" in ", StringComparison.Ordinal);
        return at < 0 ? (headline, "") : (headline[..at], headline[(at + 4)..]);
    }

    /// <summary>The label a human moderator would give; a keyword rule stands in for them here.</summary>
    private static string Label(string text) =>
        text.Contains("Click here", StringComparison.OrdinalIgnoreCase) ? "spam" : "ok";
}
