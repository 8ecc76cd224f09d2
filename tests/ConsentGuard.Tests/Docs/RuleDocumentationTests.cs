using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Tests.Docs;

/// <summary>
/// Every diagnostic's help link leads to a page of docs/rules that exists and says what, why, how to fix, shows an
/// example and how to configure; the indexes and the analyzer release tracking list every rule as declared.
/// </summary>
public sealed class RuleDocumentationTests
{
    /// <summary>Every descriptor the analyzers can report, as exposed by <see cref="DiagnosticDescriptors"/>.</summary>
    internal static IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToList();

    public static TheoryData<string> RuleIds() => new(Descriptors.Select(d => d.Id));

    private static DiagnosticDescriptor Descriptor(string id) => Descriptors.Single(d => d.Id == id);

    [Fact]
    public void Every_rule_ID_has_exactly_one_descriptor()
    {
        var declaredIds = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(declaredIds, Descriptors.Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Help_link_points_to_the_rule_page_in_the_repository(string id)
    {
        var descriptor = Descriptor(id);
        Assert.Equal(DiagnosticDescriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        // The link base is the repository's docs/rules folder, so the page it names is this file.
        Assert.EndsWith("/docs/rules/", DiagnosticDescriptors.HelpLinkBase, StringComparison.Ordinal);
        Assert.True(File.Exists(RulePage.PathFor(id)), $"{descriptor.HelpLinkUri} names {RulePage.PathFor(id)}, which does not exist");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_page_has_its_title_and_every_section(string id)
    {
        var page = RulePage.Load(id);
        var descriptor = Descriptor(id);

        Assert.Equal($"# {id}: {descriptor.Title}", page.Title);
        var required = RulePage.RequiredHeadings(id);
        var missing = required.Where(h => !page.Headings.Contains(h)).ToList();
        Assert.True(missing.Count == 0, $"{page.Path} lacks: {string.Join(", ", missing)}");
        var order = required.Select(h => page.Headings.ToList().IndexOf(h)).ToList();
        Assert.True(order.SequenceEqual(order.OrderBy(i => i)), $"{page.Path}: sections out of order: {string.Join(", ", page.Headings)}");
        if (RulePage.HasCodeExample(id))
        {
            Assert.NotEmpty(page.NonCompliant);
            Assert.NotEmpty(page.Compliant);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_page_states_the_descriptor_category_and_severity(string id)
    {
        var page = RulePage.Load(id);
        var descriptor = Descriptor(id);

        Assert.Equal(id, page.Properties.GetValueOrDefault("Rule ID"));
        Assert.Equal(descriptor.Category, page.Properties.GetValueOrDefault("Category"));
        Assert.Equal(descriptor.DefaultSeverity.ToString(), page.Properties.GetValueOrDefault("Severity"));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_index_and_README_link_the_rule_page(string id)
    {
        var link = $"[{id}]({id}.md)";
        var index = File.ReadAllText(Path.Combine(RulePage.DirectoryPath, "README.md"));
        Assert.Contains(link, index, StringComparison.Ordinal);
        Assert.Contains(Descriptor(id).Title.ToString(), IndexRow(index, link), StringComparison.Ordinal);

        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));
        var readmeLink = $"[{id}](docs/rules/{id}.md)";
        Assert.Contains(readmeLink, readme, StringComparison.Ordinal);
        Assert.Contains(Descriptor(id).Title.ToString(), IndexRow(readme, "| " + readmeLink), StringComparison.Ordinal);
    }

    [Fact]
    public void Unshipped_release_tracking_lists_every_rule_with_its_category_and_severity()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "src", "ConsentGuard.Analyzers", "AnalyzerReleases.Unshipped.md");
        var rows = ReleaseTrackingRows(File.ReadAllLines(path));

        var expected = Descriptors.Select(d => $"{d.Id} | {d.Category} | {d.DefaultSeverity}");
        var listed = rows.Select(r => $"{r.Id} | {r.Category} | {r.Severity}").OrderBy(r => r, StringComparer.Ordinal);
        Assert.Equal(expected, listed);
    }

    /// <summary>
    /// The rows of the "New Rules" table (<c>Rule ID | Category | Severity | Notes</c>) of a release tracking file.
    /// "Removed Rules" and "Changed Rules" tables have other columns and are not read.
    /// </summary>
    private static List<(string Id, string Category, string Severity)> ReleaseTrackingRows(IEnumerable<string> lines)
    {
        var rows = new List<(string, string, string)>();
        string? section = null;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith("###", StringComparison.Ordinal))
                section = line.TrimStart('#').Trim();
            if (section != "New Rules" || !line.Contains('|') || line.StartsWith("Rule ID", StringComparison.Ordinal) || line.StartsWith("--", StringComparison.Ordinal))
                continue;
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            Assert.True(cells.Length >= 3, "malformed release tracking row: " + line);
            rows.Add((cells[0], cells[1], cells[2]));
        }
        return rows;
    }

    /// <summary>The table row of a Markdown file that contains <paramref name="cell"/>.</summary>
    private static string IndexRow(string markdown, string cell) =>
        markdown.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith('|') && l.Contains(cell, StringComparison.Ordinal)) ?? "";
}
