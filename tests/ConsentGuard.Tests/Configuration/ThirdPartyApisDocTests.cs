using System;
using System.IO;
using System.Linq;
using System.Text;
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

    private const string Begin = "<!-- catalog:begin -->";
    private const string End = "<!-- catalog:end -->";

    /// <summary>The catalog as the page's table: one row an entry, in the file's order.</summary>
    internal static string Table()
    {
        var rows = new StringBuilder();
        rows.Append("\n| API | group | purpose | package |\n|---|---|---|---|\n");
        foreach (var entry in BuiltinCatalog.Entries)
        {
            var declaration = entry.Declaration;
            var purpose = !entry.HasGroupPurpose ? "`" + declaration.Argument + "`"
                : entry.Group == CatalogGroup.Retrieval ? "retrieval purpose (default `Personalization`)"
                : "inference purpose (off unless set)";
            if (declaration.Condition is { } condition)
                purpose += " when `" + condition.ToString().Replace("|", "\\|", StringComparison.Ordinal) + "`";
            rows.Append("| `").Append(declaration.Id.Text).Append("` | ").Append(CatalogGroups.Name(entry.Group)).Append(" | ")
                .Append(purpose).Append(" | ").Append(entry.Package).Append(' ').Append(entry.Version).Append(" |\n");
        }
        return rows.ToString();
    }

    [Fact]
    public void The_documented_table_is_the_shipped_catalog()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "docs", "third-party-apis.md");
        var match = Regex.Match(Doc, Regex.Escape(Begin) + "(.*?)" + Regex.Escape(End), RegexOptions.Singleline);
        Assert.True(match.Success, "docs/third-party-apis.md has no catalog:begin/catalog:end block");
        var expected = Table();
        if (match.Groups[1].Value == expected)
            return;
        if (Environment.GetEnvironmentVariable("CONSENTGUARD_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, Doc.Substring(0, match.Groups[1].Index) + expected + Doc.Substring(match.Groups[1].Index + match.Groups[1].Length));
            return;
        }
        Assert.Fail("docs/third-party-apis.md's catalog table differs from BuiltinCatalog.txt; regenerate it with "
                    + "CONSENTGUARD_UPDATE_DOCS=1 dotnet test tests/ConsentGuard.Tests --filter FullyQualifiedName~ThirdPartyApisDocTests");
    }

    [Fact]
    public void Every_catalog_package_and_group_is_in_the_table()
    {
        foreach (var entry in BuiltinCatalog.Entries)
            Assert.Contains("| `" + entry.Declaration.Id.Text + "` | " + CatalogGroups.Name(entry.Group) + " |", Table(), StringComparison.Ordinal);
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
