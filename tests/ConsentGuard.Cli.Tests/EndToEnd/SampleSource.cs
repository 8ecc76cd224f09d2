using System;
using System.IO;
using System.Linq;

namespace ConsentGuard.Cli.Tests.EndToEnd;

/// <summary>Where things are in samples/ProNet, found by their text so the tests survive edits to the sample.</summary>
internal static class SampleSource
{
    public static string Folder => Path.GetDirectoryName(Infrastructure.RepositoryPaths.Sample)!;

    /// <summary>The 1-based line of the only line of <paramref name="file"/> containing <paramref name="text"/>.</summary>
    public static int LineOf(string file, string text)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, file));
        var matches = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(text, StringComparison.Ordinal)).ToList();
        if (matches.Count != 1)
            throw new InvalidOperationException($"'{text}' occurs {matches.Count} times in {file}");
        return matches[0] + 1;
    }

    public static string At(string file, string text) => file + ":" + LineOf(file, text);

    /// <summary>Personal data: type, member, category, declared purposes, where.</summary>
    public static readonly (string Type, string Member, string Category, string[] Purposes, string File, string Text)[] PersonalData =
    {
        ("ProNet.DirectMessage", "RecipientId", "Identifier", new string[0], "DirectMessage.cs", "public string RecipientId"),
        ("ProNet.DirectMessage", "Text", "UserContent", new[] { "ContentModeration" }, "DirectMessage.cs", "public string Text"),
        ("ProNet.Member", "Name", "Identifier", new[] { "Personalization" }, "Member.cs", "public string Name"),
        ("ProNet.Member", "Email", "Contact", new[] { "FraudDetection", "Personalization" }, "Member.cs", "public string Email"),
        ("ProNet.Member", "Headline", "Professional", new[] { "GenerativeTraining", "Personalization" }, "Member.cs", "public string Headline"),
        ("ProNet.Member", "City", "Location", new[] { "Personalization" }, "Member.cs", "public string City"),
        ("ProNet.Member", "Country", "Location", new[] { "Personalization" }, "Member.cs", "public string Country"),
        ("ProNet.Post", "Text", "UserContent", new[] { "Analytics", "ContentModeration", "GenerativeTraining", "Personalization" }, "Post.cs", "public string Text"),
    };

    /// <summary>Sinks: type, member, parameter (null: assigned value), purpose, where.</summary>
    public static readonly (string Type, string Member, string? Parameter, string Purpose, string File, string Text)[] Sinks =
    {
        ("ProNet.FeatureFile", "Add(string, string, string)", "role", "Personalization", "Sinks.cs", "public void Add(string role,"),
        ("ProNet.FeatureFile", "Add(string, string, string)", "field", "Personalization", "Sinks.cs", "public void Add(string role,"),
        ("ProNet.FeatureFile", "Add(string, string, string)", "city", "Personalization", "Sinks.cs", "public void Add(string role,"),
        ("ProNet.FeedRanker", "Boost(string)", "interest", "Personalization", "Sinks.cs", "public void Boost("),
        ("ProNet.FraudScreen", "LastScreened", null, "FraudDetection", "Sinks.cs", "public string? LastScreened"),
        ("ProNet.ModerationFile", "Add(string, string, string)", "source", "ContentModeration", "Sinks.cs", "public void Add(string source,"),
        ("ProNet.ModerationFile", "Add(string, string, string)", "text", "ContentModeration", "Sinks.cs", "public void Add(string source,"),
        ("ProNet.ModerationFile", "Add(string, string, string)", "label", "ContentModeration", "Sinks.cs", "public void Add(string source,"),
        ("ProNet.TrainingCorpus", "Add(string)", "text", "GenerativeTraining", "Sinks.cs", "public void Add(string text)"),
        ("ProNet.TrainingFile", "Add(string, string)", "kind", "GenerativeTraining", "Sinks.cs", "public void Add(string kind,"),
        ("ProNet.TrainingFile", "Add(string, string)", "text", "GenerativeTraining", "Sinks.cs", "public void Add(string kind,"),
        ("ProNet.WordStatistics", "Record(string)", "text", "Analytics", "Sinks.cs", "public void Record("),
    };

    /// <summary>
    /// Consent checks: type, member, fixed purpose (null: the purpose argument), how it answers, where. The jobs'
    /// DecisionTally is one because it implements IConsentProvider.
    /// </summary>
    public static readonly (string Type, string Member, string? Purpose, string Answer, string File, string Text)[] Checks =
    {
        ("ProNet.DecisionTally", "IsGranted(string, string)", null, "bool", "Jobs/DecisionTally.cs", "public bool IsGranted("),
        ("ProNet.DecisionTally", "IsGrantedAsync(string, string, CancellationToken)", null, "async bool", "Jobs/DecisionTally.cs", "public async ValueTask<bool> IsGrantedAsync("),
        ("ProNet.Pipelines", "MayPersonalize(Member)", "Personalization", "bool", "Pipelines.cs", "public bool MayPersonalize"),
    };

    public static (string Id, string Severity, string File, string Text, string? Justification)[] Findings =>
    new[]
    {
        ("CG0001", "error", "Pipelines.cs", "public void ReplayFeedForSupport", (string?)"Support replay: the member asked support to reproduce their own feed; ticket consent is recorded in the help desk."),
        ("CG0007", "warning", "Pipelines.cs", "public void WarmUpConsentCache", null),
    };

    public const string ExemptionJustification = "GDPR Art. 6(1)(f): screening sign-ups for fraud is a legitimate interest that does not rest on consent.";
}
