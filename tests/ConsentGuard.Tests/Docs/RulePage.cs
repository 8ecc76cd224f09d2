using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConsentGuard.Tests.Infrastructure;

namespace ConsentGuard.Tests.Docs;

/// <summary>A fenced code block of a Markdown page: its info string's language, its text, and where it starts.</summary>
internal sealed record CodeBlock(string Language, string Code, int FirstLine);

/// <summary>
/// One page of docs/rules, read just enough to test it: the title, the headings outside code blocks, the rule's
/// property table, and the code blocks of the "Example" section by sub-section.
/// </summary>
internal sealed class RulePage
{
    public const string ExampleHeading = "## Example";
    public const string NonCompliantHeading = "### Non-compliant";
    public const string CompliantHeading = "### Compliant";

    /// <summary>The sections every rule page has, in this order (docs/rules/README.md describes the layout).</summary>
    private static readonly string[] AllSections =
        ["## What it reports", "## Why it matters", "## How to fix", ExampleHeading, NonCompliantHeading, CompliantHeading, "## Configure"];

    /// <summary>Rules whose Example section cannot show code that triggers them, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> WithoutCodeExample = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CG0012"] = "it reports an internal error of the analyzer, or a limit that only a member too large to show here reaches (AnalysisLimitTests triggers one)",
        ["CG0014"] = "it is reported on ConsentGuard.baseline.json, a JSON file the baseline command writes; Governance/BaselineTests report it",
    };

    public static bool HasCodeExample(string id) => !WithoutCodeExample.ContainsKey(id);

    /// <summary>The sections the page of <paramref name="id"/> must have, in this order.</summary>
    public static IReadOnlyList<string> RequiredHeadings(string id) =>
        HasCodeExample(id) ? AllSections : AllSections.Where(h => h is not (NonCompliantHeading or CompliantHeading)).ToArray();

    private RulePage(string id, string path, IReadOnlyList<string> lines)
    {
        Id = id;
        Path = path;
        Title = lines.FirstOrDefault() ?? "";
        var headings = new List<string>();
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var blocks = new Dictionary<string, List<CodeBlock>>(StringComparer.Ordinal);
        string? h2 = null, h3 = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                var language = line[3..].Trim().Split(' ', 2)[0];
                var body = new List<string>();
                var first = i + 2; // 1-based number of the block's first line
                for (i++; i < lines.Count && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
                    body.Add(lines[i]);
                if (h2 == ExampleHeading)
                {
                    var key = h3 ?? "";
                    if (!blocks.TryGetValue(key, out var list))
                        blocks[key] = list = [];
                    list.Add(new CodeBlock(language, string.Join("\n", body) + "\n", first));
                }
                continue;
            }
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                (h2, h3) = (line.TrimEnd(), null);
                headings.Add(h2);
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                h3 = line.TrimEnd();
                headings.Add(h3);
            }
            else if (h2 is null && line.StartsWith('|'))
            {
                // The property table under the title: | Rule ID | CG0001 |
                var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                if (cells.Length == 2 && cells[0].Length > 0 && !cells[0].StartsWith('-'))
                    properties[cells[0]] = cells[1];
            }
        }
        Headings = headings;
        Properties = properties;
        Setup = blocks.GetValueOrDefault("") ?? [];
        NonCompliant = blocks.GetValueOrDefault(NonCompliantHeading) ?? [];
        Compliant = blocks.GetValueOrDefault(CompliantHeading) ?? [];
    }

    public string Id { get; }

    public string Path { get; }

    /// <summary>The first line: <c># CG0001: Title</c>.</summary>
    public string Title { get; }

    /// <summary>Level-2 and level-3 headings outside code blocks, in order.</summary>
    public IReadOnlyList<string> Headings { get; }

    /// <summary>The two-column table under the title (Rule ID, Category, Severity).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; }

    /// <summary>Code blocks of the Example section before its first sub-heading: declarations both halves use.</summary>
    public IReadOnlyList<CodeBlock> Setup { get; }

    public IReadOnlyList<CodeBlock> NonCompliant { get; }

    public IReadOnlyList<CodeBlock> Compliant { get; }

    public static string DirectoryPath => System.IO.Path.Combine(TestPaths.RepositoryRoot, "docs", "rules");

    public static string PathFor(string id) => System.IO.Path.Combine(DirectoryPath, id + ".md");

    public static RulePage Load(string id)
    {
        var path = PathFor(id);
        Assert.True(File.Exists(path), $"{path} does not exist: every rule needs its page (SPEC §5: every rule has a help link)");
        return new RulePage(id, path, File.ReadAllText(path).Replace("\r\n", "\n").Split('\n'));
    }
}
