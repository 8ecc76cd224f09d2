using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ConsentGuard.Analyzers.Configuration;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Tests.Configuration;

/// <summary>docs/third-party-apis.md stays true: its catalog list is the shipped catalog, and its examples parse.</summary>
public sealed class ThirdPartyApisDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "third-party-apis.md"));

    private static string[] Lines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("```", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void The_documented_entries_are_the_shipped_catalog()
    {
        var match = Regex.Match(Doc, "<!-- catalog:begin -->(.*?)<!-- catalog:end -->", RegexOptions.Singleline);
        Assert.True(match.Success, "docs/third-party-apis.md has no catalog:begin/catalog:end block");
        Assert.Equal(Lines(BuiltinCatalog.Text), Lines(match.Groups[1].Value));
    }

    [Fact]
    public void Every_text_example_in_the_page_is_a_valid_file()
    {
        var blocks = Regex.Matches(Doc, "```text\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.True(blocks.Count >= 4, "expected the page's ConsentGuard.txt examples");
        foreach (var block in blocks)
        {
            var parsed = ConfigFileParser.Parse(SourceText.From(block));
            Assert.Empty(parsed.Problems.Select(p => p.Line.Number + ": " + p.Message + " in\n" + block));
            Assert.NotEmpty(parsed.Declarations);
        }
    }
}
