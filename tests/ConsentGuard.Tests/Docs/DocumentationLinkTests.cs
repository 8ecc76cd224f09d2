using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ConsentGuard.Tests.Infrastructure;

namespace ConsentGuard.Tests.Docs;

/// <summary>
/// Every relative link in the README and under docs/ leads to a file of the repository: the pages point at each other
/// (rules → semantics → design) and a renamed page must not leave readers at a dead end.
/// </summary>
public sealed partial class DocumentationLinkTests
{
    [GeneratedRegex(@"\]\((?<target>[^)\s#]+)(#[^)\s]*)?\)")]
    private static partial Regex MarkdownLink();

    public static TheoryData<string> Pages()
    {
        var root = TestPaths.RepositoryRoot;
        var pages = Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories)
            .Append(Path.Combine(root, "README.md"))
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .OrderBy(path => path, StringComparer.Ordinal);
        return new TheoryData<string>(pages);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_relative_link_leads_to_a_file_of_the_repository(string page)
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, page);
        var folder = Path.GetDirectoryName(path)!;
        var dead = MarkdownLink().Matches(File.ReadAllText(path))
            .Select(match => match.Groups["target"].Value)
            .Where(target => !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith("mailto:", StringComparison.Ordinal))
            .Where(target => !File.Exists(Path.Combine(folder, target)) && !Directory.Exists(Path.Combine(folder, target)))
            .ToArray();
        Assert.True(dead.Length == 0, $"{page} links to missing files: {string.Join(", ", dead)}");
    }
}
