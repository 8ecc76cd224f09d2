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
/// samples/ProNet.Mistakes, built as a user would (<c>dotnet build</c>), fails with exactly the three mistakes it
/// shows: a silent opt-in, an unchecked export and a consent check for the wrong purpose. Nothing else: no other
/// error, no warning. Each is found on the line the sample marks with its rule id, so edits to the sample move
/// the expectation with them.
/// </summary>
public sealed class MistakesSampleTests
{
    private static readonly Regex Diagnostic = new(@"^(?:.*[/\\])?(?<file>[^/\\(]+)\((?<line>\d+),\d+\): (?<severity>error|warning) (?<id>[A-Z]+\d+):", RegexOptions.Multiline);

    [Fact]
    public async Task The_mistakes_sample_fails_to_build_with_exactly_CG0004_CG0001_and_CG0003()
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
            .Distinct().OrderBy(d => d.Item1).ToList();
        var expected = new[] { "CG0001", "CG0003", "CG0004" }
            .Select(id => (id, "error", MarkedFile(folder, id), MarkedLine(folder, id)))
            .ToList();

        Assert.True(build.ExitCode != 0, build.ToString());
        Assert.Equal(expected, found);
    }

    /// <summary>The one file with a line ending in "(<paramref name="id"/>)".</summary>
    private static string MarkedFile(string folder, string id) =>
        Path.GetFileName(Assert.Single(Directory.GetFiles(folder, "*.cs"), f => File.ReadLines(f).Any(l => l.TrimEnd().EndsWith($"({id})", StringComparison.Ordinal))));

    private static int MarkedLine(string folder, string id)
    {
        var lines = File.ReadAllLines(Path.Combine(folder, MarkedFile(folder, id)));
        return Array.FindIndex(lines, l => l.TrimEnd().EndsWith($"({id})", StringComparison.Ordinal)) + 1;
    }
}
