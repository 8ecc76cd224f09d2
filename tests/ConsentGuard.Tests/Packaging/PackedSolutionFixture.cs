using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using ConsentGuard.Tests.Infrastructure;

namespace ConsentGuard.Tests.Packaging;

/// <summary>
/// Packs the solution once (Release, as <c>dotnet pack ConsentGuard.sln -c Release -o DIR</c>) into a fresh temporary
/// feed and gives the consumer tests an isolated NuGet packages folder, so that no ConsentGuard package from an
/// earlier run or from the machine's global cache can ever be restored in its place.
/// </summary>
public sealed class PackedSolutionFixture : IAsyncLifetime
{
    /// <summary>Set to keep the temporary folders (feed, packages, consumer projects) for inspection.</summary>
    public const string KeepVariable = "CONSENTGUARD_KEEP_E2E";

    public PackedSolutionFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "consentguard-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(PackagesDirectory);
    }

    /// <summary>Everything this run writes lives under here.</summary>
    public string Root { get; }

    /// <summary>The <c>-o</c> of the pack: a local feed holding exactly what the pack produced.</summary>
    public string FeedDirectory => Path.Combine(Root, "feed");

    /// <summary>The consumers' NuGet global packages folder, empty before the first consumer restore.</summary>
    public string PackagesDirectory => Path.Combine(Root, "packages");

    /// <summary>The package version the repository declares (Directory.Build.props).</summary>
    public string ExpectedVersion { get; } = ReadDeclaredVersion();

    internal DotNetResult Pack { get; private set; } = null!;

    private readonly object _toolGate = new();
    private Task<PackedTool>? _tool;

    /// <summary>The packed <c>consentguard</c> tool, installed on first use and shared by every test of the collection.</summary>
    internal Task<PackedTool> ToolAsync()
    {
        lock (_toolGate)
            return _tool ??= PackedTool.InstallAsync(this);
    }

    public async Task InitializeAsync()
    {
        using var exclusive = await ConsentGuard.Tests.Shared.RepositoryBuildLock.AcquireAsync(TestPaths.RepositoryRoot, TimeSpan.FromMinutes(10));
        Pack = await DotNetCli.RunAsync(TestPaths.RepositoryRoot,
        [
            "pack", Path.Combine(TestPaths.RepositoryRoot, "ConsentGuard.sln"), "-c", "Release", "-o", FeedDirectory,
            "-nodeReuse:false", "-tl:off", "-v:minimal",
        ]);
    }

    /// <summary>Fails the calling test with the pack's output unless the pack succeeded.</summary>
    public void AssertPackSucceeded() => Assert.True(Pack.ExitCode == 0, "dotnet pack failed: " + Pack);

    /// <summary>Every file the pack put into the feed, by name.</summary>
    public IReadOnlyList<string> FeedFiles() =>
        Directory.GetFiles(FeedDirectory).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToList()!;

    /// <summary>The ConsentGuard package of this run, after checking that the pack produced it.</summary>
    public string PackagePath
    {
        get
        {
            AssertPackSucceeded();
            var path = Path.Combine(FeedDirectory, $"ConsentGuard.{ExpectedVersion}.nupkg");
            Assert.True(File.Exists(path), $"{path} was not produced. Feed: [{string.Join(", ", FeedFiles())}]. {Pack}");
            return path;
        }
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable(KeepVariable) is not { Length: > 0 })
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is not worth failing the run for.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return Task.CompletedTask;
    }

    private static string ReadDeclaredVersion()
    {
        var props = XDocument.Load(Path.Combine(TestPaths.RepositoryRoot, "Directory.Build.props"));
        var version = props.Descendants("Version").Select(v => v.Value.Trim()).SingleOrDefault();
        return version is { Length: > 0 } ? version : throw new InvalidOperationException("Directory.Build.props declares no <Version>.");
    }
}
