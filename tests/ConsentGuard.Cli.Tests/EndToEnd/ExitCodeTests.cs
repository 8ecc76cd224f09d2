using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Cli.Tests.Infrastructure;

namespace ConsentGuard.Cli.Tests.EndToEnd;

/// <summary>Every way the audit can end: bad input is one line on stderr and exit 2, never a stack trace.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ExitCodeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("consentguard-exit-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("audit|no/such/App.csproj", "consentguard: error: 'no/such/App.csproj' does not exist")]
    [InlineData("audit|README.md", "consentguard: error: 'README.md' is not a solution or C# project (.sln, .slnx or .csproj)")]
    [InlineData("audit|samples/ProNet/ProNet.csproj|--format|pdf", "consentguard: error: unknown format 'pdf': use markdown, json, sarif or html")]
    [InlineData("audit|samples/ProNet/ProNet.csproj|--fail-on|sometimes", "consentguard: error: unknown --fail-on value 'sometimes': use error, warning or none")]
    [InlineData("audit|samples/ProNet/ProNet.csproj|--output|no/such/folder/audit.json", "consentguard: error: cannot write 'no/such/folder/audit.json': its folder does not exist")]
    [InlineData("audit", "consentguard: error: missing the solution or project to audit: consentguard audit <path>")]
    [InlineData("baseline", "consentguard: error: missing the solution or project: consentguard baseline <path>")]
    [InlineData("diff|base.json", "consentguard: error: diff needs two sides: consentguard diff <base> <head> (audit JSON files or git revisions)")]
    [InlineData("diff|HEAD~1|HEAD", "consentguard: error: 'HEAD~1' is not a file; to compare git revisions, name the project or solution with --path")]
    [InlineData("diff|a.json|b.json|--fail-on|more", "consentguard: error: unknown --fail-on value 'more': use new-personal-data, new-purpose, new-finding or none")]
    [InlineData("", "consentguard: error: missing the command: consentguard audit|baseline|diff (see 'consentguard --help')")]
    [InlineData("inspect|App.sln", "consentguard: error: unknown command 'inspect': the commands are audit, baseline and diff (see 'consentguard --help')")]
    public async Task Bad_input_is_one_line_and_exit_code_2(string arguments, string expected)
    {
        var result = await CliRunner.RunAsync(arguments.Split('|', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(expected, result.Stderr.Trim());
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public async Task A_project_that_does_not_load_is_exit_code_2_with_the_reason()
    {
        var project = Path.Combine(_folder, "Broken.csproj");
        await File.WriteAllTextAsync(project, "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n");
        var result = await CliRunner.RunAsync("audit", project);
        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.Stderr.Split('\n'), line => line.StartsWith("consentguard: error:", StringComparison.Ordinal));
        Assert.Contains("could not load", error);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public async Task Help_is_exit_code_0_on_stdout()
    {
        var result = await CliRunner.RunAsync("audit", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:\n  consentguard audit [<path>] [options]", result.Stdout.Replace("\r\n", "\n"));
    }

    /// <summary>
    /// A copy of the sample outside the repository, never restored, whose suppressed leak is no longer suppressed.
    /// With --no-restore it is audited as it is; otherwise the audit restores it first, then fails on the error.
    /// </summary>
    [Fact]
    public async Task An_unsuppressed_error_is_exit_code_1_and_an_unrestored_project_is_restored_first()
    {
        var copy = CopySampleWithoutSuppression();
        var assets = Path.Combine(_folder, "obj", "project.assets.json");

        var tolerated = await CliRunner.RunAsync("audit", copy, "--fail-on", "none", "--no-restore");
        Assert.Equal(0, tolerated.ExitCode);
        Assert.DoesNotContain("restoring", tolerated.Stderr);
        Assert.False(File.Exists(assets));

        var result = await CliRunner.RunAsync("audit", copy, "--format", "json");
        Assert.Contains("restoring ProNetCopy.csproj", result.Stderr);
        Assert.True(File.Exists(assets));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("1 finding(s) at or above --fail-on error", result.Stderr);
        var finding = Assert.Single(System.Text.Json.Nodes.JsonNode.Parse(result.Stdout)!["findings"]!.AsArray(), f => (string?)f!["id"] == "CG0001")!;
        Assert.False((bool)finding["isSuppressed"]!);
    }

    private string CopySampleWithoutSuppression()
    {
        foreach (var file in Directory.GetFiles(SampleSource.Folder, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(SampleSource.Folder, file);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
                continue;
            var lines = File.ReadAllLines(file).Where(line => !line.Contains("[SuppressMessage(", StringComparison.Ordinal));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_folder, relative))!);
            File.WriteAllLines(Path.Combine(_folder, relative), lines);
        }
        var src = Path.Combine(RepositoryPaths.Root, "src");
        var project = Path.Combine(_folder, "ProNetCopy.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{Path.Combine(src, "ConsentGuard", "ConsentGuard.csproj")}" />
                <ProjectReference Include="{Path.Combine(src, "ConsentGuard.Sqlite", "ConsentGuard.Sqlite.csproj")}" />
                <ProjectReference Include="{Path.Combine(src, "ConsentGuard.Analyzers", "ConsentGuard.Analyzers.csproj")}" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>
            """);
        return project;
    }
}
