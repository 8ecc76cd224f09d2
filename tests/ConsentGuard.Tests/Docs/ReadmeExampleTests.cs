using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Tests.Docs;

/// <summary>
/// The README's "A leak and its fix" is what users read first: the leaking code must produce exactly the build
/// output the README prints, and the fixed code must build without findings.
/// </summary>
public sealed class ReadmeExampleTests
{
    private const string Section = "## A leak and its fix";

    /// <summary>The section's blocks in order: declarations, the leak, the build output, the fix.</summary>
    private static IReadOnlyList<(string Language, string Code)> Blocks()
    {
        var lines = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md")).Replace("\r\n", "\n").Split('\n');
        var blocks = new List<(string, string)>();
        var inSection = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
                inSection = lines[i].TrimEnd() == Section;
            else if (inSection && lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                var language = lines[i][3..].Trim();
                var body = new List<string>();
                for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
                    body.Add(lines[i]);
                blocks.Add((language, string.Join("\n", body) + "\n"));
            }
        }
        Assert.True(blocks.Select(b => b.Item1).SequenceEqual(["csharp", "csharp", "", "csharp"]),
            $"README.md, {Section}: expected blocks csharp (declarations), csharp (leak), plain (build output), csharp (fix); found [{string.Join(", ", blocks.Select(b => b.Item1))}]");
        return blocks;
    }

    [Fact]
    public async Task Leak_produces_the_build_output_shown()
    {
        var blocks = Blocks();
        var findings = await DocExampleCompiler.AnalyzeAsync("README.md, " + Section,
            [("Declarations.cs", blocks[0].Code), ("Exporter.cs", blocks[1].Code)], consentGuardTxt: null);

        // As the SDK prints a diagnostic (without the project suffix): file(line,col): severity ID: message (help link).
        var printed = findings.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d =>
        {
            var start = d.Location.GetLineSpan().StartLinePosition;
            return $"{d.Location.GetLineSpan().Path}({start.Line + 1},{start.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage()} ({d.Descriptor.HelpLinkUri})";
        });
        Assert.Equal(new[] { blocks[2].Code.Trim() }, printed.ToArray());
    }

    [Fact]
    public async Task Fix_builds_without_findings()
    {
        var blocks = Blocks();
        var findings = await DocExampleCompiler.AnalyzeAsync("README.md, " + Section,
            [("Declarations.cs", blocks[0].Code), ("Exporter.cs", blocks[3].Code)], consentGuardTxt: null);

        Assert.Empty(findings.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }
}
