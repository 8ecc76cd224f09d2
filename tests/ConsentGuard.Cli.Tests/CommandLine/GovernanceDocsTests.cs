using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ConsentGuard.Cli.CommandLine;
using ConsentGuard.Cli.Diff;
using ConsentGuard.Cli.Tests.Infrastructure;

namespace ConsentGuard.Cli.Tests.CommandLine;

/// <summary>
/// The README's sections on adoption and pull-request review, and docs/adoption.md, stay true to the tool: every
/// <c>consentguard</c> command they show parses with the tool's own grammar, and the diff's description names every
/// section the diff compares.
/// </summary>
public sealed class GovernanceDocsTests
{
    private const string AdoptSection = "## Adopt in an existing code base";
    private const string ReviewSection = "## Review privacy changes in pull requests";

    public static TheoryData<string> Documents => new() { "README.md", Path.Combine("docs", "adoption.md") };

    [Fact]
    public void The_README_has_the_adoption_and_review_sections_with_a_GitHub_Actions_job_commenting_the_diff()
    {
        var review = Section(ReadMe(), ReviewSection);
        Assert.Contains("consentguard baseline", Section(ReadMe(), AdoptSection), StringComparison.Ordinal);
        Assert.Contains("on: pull_request", review, StringComparison.Ordinal);
        Assert.Contains("pull-requests: write", review, StringComparison.Ordinal);
        Assert.Matches(@"consentguard diff [^\n]*\\\n\s*--path [^\n]*--fail-on new-purpose --output privacy-diff\.md", review);
        Assert.Contains("gh pr comment", review, StringComparison.Ordinal);
        Assert.Contains("--body-file privacy-diff.md", review, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_consentguard_command_shown_parses(string document)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, document));
        var commands = Commands(document == "README.md" ? Section(text, AdoptSection) + Section(text, ReviewSection) : text).ToList();
        Assert.Contains(commands, c => c[0] == "baseline");
        Assert.Contains(commands, c => c[0] == "diff");
        foreach (var command in commands)
        {
            var error = CliGrammar.OneLineError(CliGrammar.Parse(command));
            // Prose names a command without its operands ("as `consentguard audit --format json` does"): its options
            // must still be the tool's, with valid values; the missing path or sides are not an error there.
            var onlyOperandsMissing = error is not null && (error.StartsWith("missing the solution or project", StringComparison.Ordinal) || error.StartsWith("diff needs two sides", StringComparison.Ordinal));
            Assert.True(error is null || onlyOperandsMissing, $"{document}: `consentguard {string.Join(' ', command)}` does not parse: {error}");
        }
    }

    [Fact]
    public void The_README_names_every_section_the_diff_compares()
    {
        var review = Section(ReadMe(), ReviewSection).Split(ReviewSection)[1].Split("```")[0].Replace('\n', ' ').Replace("-", " ", StringComparison.Ordinal);
        foreach (var title in PrivacySnapshot.Order)
            Assert.True(review.Contains(title, StringComparison.OrdinalIgnoreCase), $"the README's diff description does not name '{title}'");
    }

    private static string ReadMe() => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));

    /// <summary>From a "## " heading to the next one.</summary>
    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section '{heading}'");
        var end = markdown.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }

    /// <summary>
    /// The arguments of each <c>consentguard audit|baseline|diff …</c> in <paramref name="markdown"/>: shell lines joined
    /// at a trailing backslash, up to a closing backtick or a <c>#</c> comment, split as a shell would split simple words.
    /// </summary>
    private static IEnumerable<string[]> Commands(string markdown)
    {
        var joined = Regex.Replace(markdown, @"\\\r?\n\s*", " ");
        foreach (Match match in Regex.Matches(joined, @"consentguard ((?:audit|baseline|diff)\b[^`\n#]*)"))
            yield return Words(match.Groups[1].Value.Trim()).ToArray();
    }

    private static IEnumerable<string> Words(string line)
    {
        var word = new StringBuilder();
        var quoted = false;
        foreach (var c in line + " ")
        {
            if (c == '"')
                quoted = !quoted;
            else if (c == ' ' && !quoted)
            {
                if (word.Length > 0)
                    yield return word.ToString();
                word.Clear();
            }
            else
                word.Append(c);
        }
    }
}
