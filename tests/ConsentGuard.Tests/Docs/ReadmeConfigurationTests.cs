using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ConsentGuard.Tests.Infrastructure;
using ConsentGuard.Tests.Packaging;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Tests.Docs;

/// <summary>
/// The README's "Configure" and "Use in CI" sections stay true to the code: every option the analyzer reads is
/// documented (and nothing it does not read), the categories and default severities are the descriptors', and the
/// SARIF command is the one the end-to-end consumer test runs (<see cref="ConsumerConfigurationTests"/>).
/// </summary>
public sealed class ReadmeConfigurationTests
{
    private static readonly Regex OptionName = new(@"consentguard\.[a-z_]+", RegexOptions.CultureInvariant);

    [Fact]
    public void Configure_documents_exactly_the_options_the_source_reads()
    {
        var read = Directory.EnumerateFiles(Path.Combine(TestPaths.RepositoryRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => Regex.Matches(File.ReadAllText(path), "\"(" + OptionName + ")\"").Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(read);

        var configure = Section("## Configure");
        var documented = OptionName.Matches(configure).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        Assert.True(read.SetEquals(documented),
            $"options read in src: [{string.Join(", ", read.Order())}]; documented in Configure: [{string.Join(", ", documented.Order())}]");
        // A per-purpose option is read by its prefix (consentguard.purpose) and documented with its pattern (consentguard.purpose.<Name>.enforcement).
        foreach (var option in read)
            Assert.Matches(@"\| `" + Regex.Escape(option) + @"(\.<Name>\.[a-z_]+)?` \|", configure);
    }

    [Fact]
    public void Configure_names_every_rule_category_and_the_per_rule_key()
    {
        var configure = Section("## Configure");
        foreach (var category in RuleDocumentationTests.Descriptors.Select(d => d.Category).Distinct())
            Assert.Contains($"`{category}`", configure, StringComparison.Ordinal);
        Assert.Contains("dotnet_diagnostic.CG0001.severity", configure, StringComparison.Ordinal);
    }

    [Fact]
    public void Use_in_CI_gives_the_tested_SARIF_command_the_default_severities_and_a_code_scanning_upload()
    {
        var ci = Section("## Use in CI");
        Assert.Contains("dotnet build " + ConsumerConfigurationTests.SarifArgument, ci, StringComparison.Ordinal);
        Assert.Contains("<WarningsAsErrors>", ci, StringComparison.Ordinal);
        Assert.Contains("uses: github/codeql-action/upload-sarif@", ci, StringComparison.Ordinal);
        Assert.Contains("sarif_file: out.sarif", ci, StringComparison.Ordinal);

        Assert.Contains($"finding is an error ({IdList(DiagnosticSeverity.Error)} by default)", ci, StringComparison.Ordinal);
        Assert.Contains($"Warnings ({IdList(DiagnosticSeverity.Warning)}) do not fail the build", ci, StringComparison.Ordinal);
    }

    /// <summary>The rule IDs of a default severity as the README writes them: runs of three or more as ranges, "and" before the last.</summary>
    private static string IdList(DiagnosticSeverity severity)
    {
        var numbers = RuleDocumentationTests.Descriptors.Where(d => d.DefaultSeverity == severity).Select(d => int.Parse(d.Id[2..])).Order().ToList();
        var parts = new List<string>();
        for (var i = 0; i < numbers.Count;)
        {
            var end = i;
            while (end + 1 < numbers.Count && numbers[end + 1] == numbers[end] + 1)
                end++;
            if (end - i >= 2)
                parts.Add($"CG{numbers[i]:D4}–CG{numbers[end]:D4}");
            else
                parts.AddRange(numbers.Skip(i).Take(end - i + 1).Select(n => $"CG{n:D4}"));
            i = end + 1;
        }
        return parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
    }

    /// <summary>The README's text from <paramref name="heading"/> to the next second-level heading.</summary>
    private static string Section(string heading)
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md")).Replace("\r\n", "\n");
        var start = readme.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no `{heading}` section");
        var end = readme.IndexOf("\n## ", start + heading.Length + 1, StringComparison.Ordinal);
        return end < 0 ? readme[start..] : readme[start..end];
    }
}
