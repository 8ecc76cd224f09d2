using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConsentGuard.Tests.Robustness;

/// <summary>
/// Code as it is being typed: every case of the repository (the red-team cases, in the shared cases' markup) truncated
/// at a deterministic sample of token boundaries, with tokens deleted and duplicated. No analyzer or generator may crash
/// on any of them.
/// </summary>
public sealed class TruncationTests
{
    private const int TruncationsPerFile = 12;
    private const int EditsPerFile = 8;

    /// <summary>The seeds of every robustness suite: cases that live in the repository, so any clone runs the same variants.</summary>
    public static TheoryData<string> CaseFiles() => new(TestPaths.CaseNames(TestPaths.ExtraCases));

    /// <summary>Fewer variants per file than <see cref="Variants"/> gives by default keep the suite's time in bounds over 100+ cases.</summary>
    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void No_crash_on_truncated_or_edited_versions(string name) =>
        AssertNoCrash(TestPaths.ExtraCases, name, truncations: 8, edits: 4);

    private static void AssertNoCrash(string folder, string name, int truncations, int edits)
    {
        var source = CrashHarness.StripMarkup(File.ReadAllText(Path.Combine(folder, name + ".cs")));
        var configPath = Path.Combine(folder, name + ".ConsentGuard.txt");
        var config = File.Exists(configPath) ? File.ReadAllText(configPath) : null;

        var variants = Variants(source, seed: StableHash(name), truncations, edits).ToList();
        Assert.True(variants.Count >= truncations, "too few variants for " + name);
        var failures = new List<string>();
        foreach (var variant in variants)
            foreach (var crash in CrashHarness.Crashes([variant], config))
                failures.Add(crash + Environment.NewLine + "--- on ---" + Environment.NewLine + variant);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine + "=====" + Environment.NewLine, failures.Take(3)));
    }

    /// <summary>Deterministic variants: truncations at evenly spread token ends, plus deleted and duplicated tokens.</summary>
    internal static IEnumerable<string> Variants(string source, int seed, int truncations = TruncationsPerFile, int edits = EditsPerFile)
    {
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToArray();
        // Skip the usings: truncations inside them say nothing about our analyzers.
        var firstInteresting = Array.FindIndex(tokens, t => t.IsKind(SyntaxKind.ClassKeyword) || t.IsKind(SyntaxKind.InterfaceKeyword) || t.IsKind(SyntaxKind.OpenBracketToken));
        firstInteresting = Math.Max(0, firstInteresting);
        var span = tokens.Length - firstInteresting;
        for (var i = 1; i <= truncations; i++)
        {
            var token = tokens[firstInteresting + (int)((long)span * i / (truncations + 1))];
            yield return source[..token.Span.End];
        }
        var random = new Random(seed);
        for (var i = 0; i < edits; i++)
        {
            var token = tokens[firstInteresting + random.Next(span)];
            var builder = new StringBuilder(source);
            if (i % 2 == 0)
                builder.Remove(token.SpanStart, token.Span.Length);
            else
                builder.Insert(token.SpanStart, token.Text + " ");
            yield return builder.ToString();
        }
    }

    private static int StableHash(string text)
    {
        unchecked
        {
            var hash = 17;
            foreach (var c in text)
                hash = hash * 31 + c;
            return hash;
        }
    }
}
