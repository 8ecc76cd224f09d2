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

    /// <summary>Personal data: member, category, declared purposes, where.</summary>
    public static readonly (string Member, string Category, string[] Purposes, string File, string Text)[] PersonalData =
    {
        ("Name", "Identifier", new[] { "Personalization" }, "Member.cs", "public string Name"),
        ("Email", "Contact", new[] { "FraudDetection", "Personalization" }, "Member.cs", "public string Email"),
        ("Headline", "Professional", new[] { "GenerativeTraining", "Personalization" }, "Member.cs", "public string Headline"),
        ("LatestPost", "UserContent", new[] { "Analytics", "GenerativeTraining", "Personalization" }, "Member.cs", "public string LatestPost"),
        ("City", "Location", new[] { "Personalization" }, "Member.cs", "public string City"),
    };

    /// <summary>Sinks: type, member, parameter (null: assigned value), purpose, where.</summary>
    public static readonly (string Type, string Member, string? Parameter, string Purpose, string File, string Text)[] Sinks =
    {
        ("ProNet.FeedRanker", "Boost(string)", "interest", "Personalization", "Sinks.cs", "public void Boost("),
        ("ProNet.FraudScreen", "LastScreened", null, "FraudDetection", "Sinks.cs", "public string? LastScreened"),
        ("ProNet.TrainingCorpus", "Add(string)", "text", "GenerativeTraining", "Sinks.cs", "public void Add(string text)"),
        ("ProNet.WordStatistics", "Record(string)", "text", "Analytics", "Sinks.cs", "public void Record("),
    };

    public static (string Member, string Purpose, string File, string Text) Check => ("MayPersonalize(Member)", "Personalization", "Program.cs", "public bool MayPersonalize");

    public static (string Id, string Severity, string File, string Text, string? Justification)[] Findings =>
    new[]
    {
        ("CG0001", "error", "Program.cs", "public void ReplayFeedForSupport", (string?)"Support replay: the member asked support to reproduce their own feed; ticket consent is recorded in the help desk."),
        ("CG0007", "warning", "Program.cs", "public void WarmUpConsentCache", null),
    };

    public const string ExemptionJustification = "GDPR Art. 6(1)(f): screening sign-ups for fraud is a legitimate interest that does not rest on consent.";
}
