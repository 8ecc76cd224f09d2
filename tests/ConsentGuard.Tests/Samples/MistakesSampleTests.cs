using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using ConsentGuard.Tests.Infrastructure;
using ConsentGuard.Tests.Packaging;
using Xunit;

namespace ConsentGuard.Tests.Samples;

/// <summary>
/// samples/ProNet.Mistakes, built as a user would (<c>dotnet build</c>), fails with exactly the mistakes it
/// shows: a silent opt-in, an unchecked export, a consent check for the wrong purpose and profiles embedded into a
/// vector store unchecked (the built-in catalog's retrieval group). Nothing else: no other
/// error, no warning. Each is found on the line the sample marks with its rule id, so edits to the sample move
/// the expectation with them.
/// </summary>
public sealed class MistakesSampleTests
{
    private static readonly Regex Diagnostic = new(@"^(?:.*[/\\])?(?<file>[^/\\(]+)\((?<line>\d+),\d+\): (?<severity>error|warning) (?<id>[A-Z]+\d+):", RegexOptions.Multiline);

    [Fact]
    public async Task The_mistakes_sample_fails_to_build_with_exactly_CG0004_two_CG0001_and_CG0003()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "samples", "ProNet.Mistakes");
        var configuration = typeof(MistakesSampleTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        DotNetResult build;
        // It restores and builds in the repository's obj/ folders: not while another test packs or builds them.
        using (await Shared.RepositoryBuildLock.AcquireAsync(TestPaths.RepositoryRoot, TimeSpan.FromMinutes(10)))
        {
            // --no-dependencies: ConsentGuard and its analyzer were built with this test project; building them again
            // would only cost time.
            build = await DotNetCli.RunAsync(folder, ["build", "ProNet.Mistakes.csproj", "-c", configuration, "--no-dependencies", "-v:q", "-nologo", "-clp:NoSummary"]);
        }

        var found = Diagnostic.Matches(build.Output)
            .Select(m => (m.Groups["id"].Value, m.Groups["severity"].Value, m.Groups["file"].Value, int.Parse(m.Groups["line"].Value)))
            .Distinct().OrderBy(d => d.Item1).ThenBy(d => d.Item3, StringComparer.Ordinal).ToList();
        var expected = new[] { "CG0001", "CG0003", "CG0004" }
            .SelectMany(id => Marked(folder, id).Select(mark => (id, "error", mark.File, mark.Line)))
            .OrderBy(d => d.id).ThenBy(d => d.File, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(2, expected.Count(e => e.id == "CG0001"));

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(expected, found);
    }

    /// <summary>Every line ending in "(<paramref name="id"/>)", with its file.</summary>
    private static (string File, int Line)[] Marked(string folder, string id) =>
        Directory.GetFiles(folder, "*.cs")
            .SelectMany(f => File.ReadAllLines(f).Select((line, index) => (Path.GetFileName(f), Line: index + 1, Text: line.TrimEnd())))
            .Where(l => l.Text.EndsWith($"({id})", StringComparison.Ordinal))
            .Select(l => (l.Item1, l.Line))
            .ToArray();
}
