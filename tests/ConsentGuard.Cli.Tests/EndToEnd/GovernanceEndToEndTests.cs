using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using System.Xml.Linq;
using ConsentGuard.Cli.Tests.Infrastructure;

namespace ConsentGuard.Cli.Tests.EndToEnd;

/// <summary>
/// Issue 19's "done when", on a copy of samples/ProNet whose one CG0001 (a Personalization flow) is no longer
/// suppressed in the code: a baseline is written and suppresses it alone, so that a new leak fails the build by
/// itself; Personalization switched to warning builds; an expired exemption is reported; and diff between two
/// revisions of a temporary git repository shows an added purpose and exits 1 under --fail-on new-purpose.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class GovernanceEndToEndTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("consentguard-gov-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private const string NewLeak = """
        namespace ProNet;

        public sealed class NewLeak(FeatureFile features)
        {
            public void Leak(Member member) => features.Add("city", "city", member.City);
        }
        """;

    [Fact]
    public async Task A_baseline_suppresses_the_existing_finding_and_a_new_leak_fails_the_build_alone()
    {
        var project = CopySample(_folder, additionalFiles: "<AdditionalFiles Include=\"ConsentGuard.baseline.json\" />");
        var baselinePath = Path.Combine(_folder, "ConsentGuard.baseline.json");

        var written = await CliRunner.RunAsync("baseline", project);
        Assert.True(written.ExitCode == 0, written.Stderr);
        var entries = JsonNode.Parse(File.ReadAllText(baselinePath))!["findings"]!.AsArray();
        var entry = Assert.Single(entries)!;
        Assert.Equal("CG0001", (string?)entry["rule"]);
        Assert.Equal("Personalization", (string?)entry["purpose"]);
        Assert.Equal("M:ProNet.Pipelines.ReplayFeedForSupport(ProNet.Member)", (string?)entry["member"]);
        Assert.DoesNotContain("\"line\"", File.ReadAllText(baselinePath), StringComparison.OrdinalIgnoreCase);

        var audit = await CliRunner.RunAsync("audit", project, "--format", "json", "--no-restore");
        Assert.True(audit.ExitCode == 0, audit.Stderr);
        var finding = Assert.Single(JsonNode.Parse(audit.Stdout)!["findings"]!.AsArray(), f => (string?)f!["id"] == "CG0001")!;
        Assert.Equal("baseline", (string?)finding["suppression"]!["kind"]);

        File.WriteAllText(Path.Combine(_folder, "NewLeak.cs"), NewLeak);
        var build = await DotNet.RunAsync(_folder, "build", project, "-nodeReuse:false", "-tl:off", "-v:q");
        Assert.NotEqual(0, build.ExitCode);
        var errors = build.Output.Split('\n').Where(l => l.Contains("error CG", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct().ToList();
        var error = Assert.Single(errors);
        Assert.Contains("NewLeak.cs", error);
        Assert.Contains("error CG0001", error);
    }

    [Fact]
    public async Task A_purpose_switched_to_warning_builds_and_an_expired_exemption_is_reported()
    {
        var project = CopySample(_folder, additionalFiles: "");
        File.WriteAllText(Path.Combine(_folder, ".globalconfig"),
            "is_global = true\nconsentguard.purpose.Personalization.enforcement = warning\nconsentguard.reference_date = 2031-01-01\n");
        var build = await DotNet.RunAsync(_folder, "build", project, "-nodeReuse:false", "-tl:off", "-v:q");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("warning CG0001", build.Output);
        Assert.Contains("warning CG0013", build.Output);
        Assert.Contains("expired after 2030-12-31 (ticket PRIV-7)", build.Output);

        var audit = await CliRunner.RunAsync("audit", project, "--format", "json", "--no-restore");
        Assert.True(audit.ExitCode == 0, audit.Stderr);
        var purposes = JsonNode.Parse(audit.Stdout)!["purposes"]!.AsArray();
        Assert.Equal("warning", (string?)purposes.Single(p => (string?)p!["name"] == "Personalization")!["enforcement"]);
        Assert.Equal("error", (string?)purposes.Single(p => (string?)p!["name"] == "GenerativeTraining")!["enforcement"]);
        var exemption = JsonNode.Parse(audit.Stdout)!["exemptions"]!.AsArray().Single()!;
        Assert.Equal(("PRIV-7", "2030-12-31"), ((string?)exemption["ticket"], (string?)exemption["expires"]));
    }

    [Fact]
    public async Task Diff_between_two_revisions_shows_an_added_purpose_and_fails_on_new_purpose()
    {
        var project = CopySample(_folder, additionalFiles: "");
        await Git("init", "--quiet");
        await Git("add", "-A");
        await Git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "-m", "base");
        File.WriteAllText(Path.Combine(_folder, "Recruiting.cs"), """
            [assembly: ConsentGuard.DefinePurpose("Recruiting", Description = "Matching members to open positions")]
            """);
        await Git("add", "-A");
        await Git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "-m", "head");

        var diff = await CliRunner.RunAsync("diff", "HEAD~1", "HEAD", "--path", project, "--fail-on", "new-purpose");
        Assert.True(diff.ExitCode == 1, diff.Stderr);
        Assert.Contains("## ConsentGuard privacy diff: HEAD~1 → HEAD", diff.Stdout);
        Assert.Contains("**New purposes:** Recruiting", diff.Stdout);
        Assert.Contains("| added | Recruiting | | enforcement: error |", diff.Stdout);
        Assert.Contains("new-purpose: Recruiting", diff.Stderr);

        var tolerated = await CliRunner.RunAsync("diff", "HEAD~1", "HEAD", "--path", project, "--fail-on", "new-personal-data");
        Assert.True(tolerated.ExitCode == 0, tolerated.Stderr);
        Assert.Empty(await Git("worktree", "list", "--porcelain").ContinueWith(t => t.Result.Split('\n').Where(l => l.StartsWith("worktree ", StringComparison.Ordinal)).Skip(1).ToList()));
    }

    private async Task<string> Git(params string[] args)
    {
        var result = await DotNet.RunProcessAsync("git", _folder, args);
        Assert.True(result.ExitCode == 0, "git " + string.Join(' ', args) + ": " + result.Output);
        return result.Output;
    }

    /// <summary>
    /// samples/ProNet without its [SuppressMessage]s (so its CG0001 for Personalization reports), built from the sample's
    /// own project file (its package and project references made absolute) with the repository's central package
    /// versions beside it, so the copy keeps building as the sample grows references.
    /// </summary>
    internal static string CopySample(string folder, string additionalFiles)
    {
        foreach (var file in Directory.GetFiles(SampleSource.Folder, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(SampleSource.Folder, file);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
                continue;
            var lines = File.ReadAllLines(file).Where(line => !line.Contains("[SuppressMessage(", StringComparison.Ordinal));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, relative))!);
            File.WriteAllLines(Path.Combine(folder, relative), lines);
        }
        File.Copy(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props"), Path.Combine(folder, "Directory.Packages.props"), overwrite: true);
        File.WriteAllText(Path.Combine(folder, ".gitignore"), "bin/\nobj/\n");

        var sample = XDocument.Load(Path.Combine(SampleSource.Folder, "ProNet.csproj"));
        foreach (var reference in sample.Descendants("ProjectReference"))
        {
            var include = reference.Attribute("Include")!;
            include.Value = Path.GetFullPath(Path.Combine(SampleSource.Folder, include.Value.Replace('\\', Path.DirectorySeparatorChar)));
        }
        // What the repository's Directory.Build.props gives the sample, which the copy no longer sits under.
        sample.Root!.Element("PropertyGroup")!.Add(new XElement("Nullable", "enable"), new XElement("LangVersion", "latest"));
        if (additionalFiles.Length > 0)
            sample.Root.Add(XElement.Parse("<ItemGroup>" + additionalFiles + "</ItemGroup>"));
        var project = Path.Combine(folder, "ProNetCopy.csproj");
        sample.Save(project);
        return project;
    }
}

/// <summary>Runs a process to the end and captures stdout and stderr together.</summary>
internal static class DotNet
{
    public sealed record Result(int ExitCode, string Output);

    public static Task<Result> RunAsync(string workingDirectory, params string[] args) =>
        RunProcessAsync(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet", workingDirectory, args);

    public static async Task<Result> RunProcessAsync(string fileName, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH" })
            start.Environment.Remove(name);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout + await stderr);
    }
}
