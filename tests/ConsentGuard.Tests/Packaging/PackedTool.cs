using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace ConsentGuard.Tests.Packaging;

/// <summary>
/// The <c>consentguard</c> tool of this run's pack, installed as a local tool from the fixture's feed alone (what
/// <c>dotnet tool install ConsentGuard.Cli</c> gives a user) into the isolated packages folder, and run as
/// <c>dotnet tool run consentguard</c>. Installed once per fixture (<see cref="PackedSolutionFixture.ToolAsync"/>).
/// </summary>
internal sealed class PackedTool
{
    private PackedTool(string directory, IReadOnlyDictionary<string, string> environment)
    {
        Directory = directory;
        Environment = environment;
    }

    /// <summary>The folder holding the tool manifest; commands run there, so give them absolute paths.</summary>
    public string Directory { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Runs <c>consentguard <paramref name="arguments"/></c>; output is stdout and stderr interleaved.</summary>
    public Task<DotNetResult> RunAsync(params string[] arguments) =>
        DotNetCli.RunAsync(Directory, ["tool", "run", "consentguard", "--", .. arguments], Environment);

    public static async Task<PackedTool> InstallAsync(PackedSolutionFixture fixture)
    {
        fixture.AssertPackSucceeded();
        var directory = Path.Combine(fixture.Root, "tool-user");
        System.IO.Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{fixture.PackagesDirectory}" /></config>
              <packageSources><clear /><add key="consentguard-local" value="{fixture.FeedDirectory}" /></packageSources>
            </configuration>
            """);
        var environment = new Dictionary<string, string>(ConsumerDirectory.Environment(fixture))
        {
            // Local tools are found through a machine-wide cache under the CLI home; an entry left by an earlier run
            // (pointing into its deleted packages folder) would make `tool run` fail. Each run gets its own home.
            ["DOTNET_CLI_HOME"] = Path.Combine(fixture.Root, "cli-home"),
        };
        foreach (var step in new[]
        {
            new[] { "new", "tool-manifest" },
            new[] { "tool", "install", "ConsentGuard.Cli", "--version", fixture.ExpectedVersion, "--local" },
        })
        {
            var result = await DotNetCli.RunAsync(directory, step, environment);
            if (result.ExitCode != 0)
                throw new InvalidOperationException("installing the packed consentguard tool failed: " + result);
        }
        return new PackedTool(directory, environment);
    }
}
