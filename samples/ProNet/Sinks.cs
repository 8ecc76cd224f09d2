using System.Collections.Generic;
using ConsentGuard;

namespace ProNet;

/// <summary>Collects text for the next fine-tuning run of the writing assistant.</summary>
public sealed class TrainingCorpus
{
    private readonly List<string> _texts = new();

    [ConsentSink(Purposes.GenerativeTraining)]
    public void Add(string text) => _texts.Add(text);

    public int Count => _texts.Count;
}

/// <summary>Ranks a member's feed by what they write about.</summary>
public sealed class FeedRanker
{
    public void Boost([ConsentSink(Purposes.Personalization)] string interest) { }
}

/// <summary>Screens sign-ups against known fraud patterns.</summary>
public sealed class FraudScreen
{
    [ConsentSink("FraudDetection")]
    public string? LastScreened { get; set; }
}

/// <summary>Counts words across posts for the product dashboard.</summary>
public sealed class WordStatistics
{
    public void Record([ConsentSink(Purposes.Analytics)] string text) { }
}

public static class Redaction
{
    /// <summary>Keeps the length and shape of a text, none of its words.</summary>
    [Anonymizer]
    public static string Redact(string text) => new string('x', text.Length);
}

/// <summary>The generative-training export: one JSON object a line, the format fine-tuning services take.</summary>
public sealed class TrainingFile(JsonLinesWriter writer)
{
    [ConsentSink(Purposes.GenerativeTraining)]
    public void Add(string kind, string text) => writer.Write(("kind", kind), ("text", text));
}

/// <summary>Features the feed ranker reads for each member who asked for a personalized feed.</summary>
public sealed class FeatureFile(JsonLinesWriter writer)
{
    [ConsentSink(Purposes.Personalization)]
    public void Add(string role, string field, string city) => writer.Write(("role", role), ("field", field), ("city", city));
}

/// <summary>Labelled examples for the next moderation (spam and abuse) model.</summary>
public sealed class ModerationFile(JsonLinesWriter writer)
{
    [ConsentSink(Purposes.ContentModeration)]
    public void Add(string source, string text, string label) => writer.Write(("source", source), ("text", text), ("label", label));
}
