using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;

namespace ConsentGuard.Tests.Packaging;

/// <summary>
/// A fresh project folder outside the repository whose only source of ConsentGuard is this run's pack, restored into
/// the fixture's isolated packages folder: what a developer gets after <c>dotnet add package ConsentGuard</c>.
/// </summary>
internal static class ConsumerDirectory
{
    /// <summary>
    /// Compiler and MSBuild diagnostics that mean the package's analyzer or generator did not load or crashed.
    /// Any of them would make "the build is clean" meaningless.
    /// </summary>
    public static readonly string[] AnalyzerFailureCodes = ["CS8032", "CS8033", "CS8784", "CS8785", "CS9057", "AD0001"];

    /// <summary>
    /// Creates <c>consumers/<paramref name="name"/></c> under the fixture's root with <paramref name="files"/> (relative
    /// path → content) and the isolation every consumer needs.
    /// </summary>
    public static async Task<string> CreateAsync(PackedSolutionFixture fixture, string name, IReadOnlyDictionary<string, string> files)
    {
        fixture.AssertPackSucceeded();
        var directory = Path.Combine(fixture.Root, "consumers", name);
        Directory.CreateDirectory(directory);

        // Empty imports stop MSBuild's search for Directory.Build.* and Directory.Packages.props above the temp folder.
        foreach (var import in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
            await File.WriteAllTextAsync(Path.Combine(directory, import), "<Project />\n");
        await File.WriteAllTextAsync(Path.Combine(directory, "nuget.config"), NuGetConfig(fixture.FeedDirectory, fixture.PackagesDirectory));
        foreach (var (path, content) in files)
            await File.WriteAllTextAsync(Path.Combine(directory, path), content);
        return directory;
    }

    /// <summary>
    /// The environment of every command in a consumer folder. Belt and braces with nuget.config: the environment
    /// would override its globalPackagesFolder.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Environment(PackedSolutionFixture fixture) => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = fixture.PackagesDirectory,
        ["NUGET_FALLBACK_PACKAGES"] = "",
    };

    /// <summary>
    /// An MSBuild target for a consumer project that shows which ConsentGuard files the compiler is given, so that
    /// <see cref="AssertUsesThePackedPackage"/> can tell they are the fresh package's (needs <c>-v:minimal</c> or more).
    /// </summary>
    public const string ShowConsentGuardInputsTarget = """
        <Target Name="ShowConsentGuardInputs" BeforeTargets="CoreCompile">
          <Message Importance="high" Condition="'%(Analyzer.Filename)' == 'ConsentGuard.Analyzers'" Text="consentguard-analyzer: %(Analyzer.FullPath)" />
          <Message Importance="high" Condition="'%(ReferencePath.Filename)' == 'ConsentGuard'" Text="consentguard-reference: %(ReferencePath.FullPath)" />
        </Target>
        """;

    public const string RuntimeEntry = "lib/netstandard2.0/ConsentGuard.dll";
    public const string AnalyzerEntry = "analyzers/dotnet/cs/ConsentGuard.Analyzers.dll";

    /// <summary>
    /// The compiler was given the analyzer and the runtime of the package of this run, restored into the isolated
    /// packages folder, byte for byte as packed (the project must have <see cref="ShowConsentGuardInputsTarget"/>).
    /// </summary>
    public static void AssertUsesThePackedPackage(PackedSolutionFixture fixture, DotNetResult build)
    {
        var restored = Path.Combine(fixture.PackagesDirectory, "consentguard", fixture.ExpectedVersion.ToLowerInvariant());
        var analyzer = Path.Combine(restored, AnalyzerEntry);
        var runtime = Path.Combine(restored, RuntimeEntry);
        Assert.True(build.Output.Contains("consentguard-analyzer: " + analyzer, StringComparison.Ordinal),
            $"the compiler was not given {analyzer}. " + build);
        Assert.True(build.Output.Contains("consentguard-reference: " + runtime, StringComparison.Ordinal),
            $"the compiler was not given {runtime}. " + build);

        using var package = ZipFile.OpenRead(fixture.PackagePath);
        foreach (var (entry, file) in new[] { (AnalyzerEntry, analyzer), (RuntimeEntry, runtime) })
        {
            using var packed = package.GetEntry(entry)!.Open();
            Assert.True(SHA256.HashData(packed).AsSpan().SequenceEqual(SHA256.HashData(File.ReadAllBytes(file))),
                $"{file} differs from {entry} in {fixture.PackagePath}: a stale ConsentGuard was restored");
        }
    }

    /// <summary>Fails with the build's output when a ConsentGuard component failed to load or threw.</summary>
    public static void AssertAnalyzersRan(DotNetResult build) =>
        Assert.False(AnalyzerFailureCodes.Any(code => build.Output.Contains(code, StringComparison.Ordinal)),
            "the package's analyzer or generator failed to load or run. " + build);

    private static string NuGetConfig(string feed, string packages) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <config>
            <add key="globalPackagesFolder" value="{packages}" />
          </config>
          <packageSources>
            <clear />
            <add key="consentguard-local" value="{feed}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
          </packageSources>
          <disabledPackageSources>
            <clear />
          </disabledPackageSources>
          <fallbackPackageFolders>
            <clear />
          </fallbackPackageFolders>
          <!-- ConsentGuard (and its ledger packages) only ever come from this run's pack; everything else (the net8.0
               targeting pack, the sample's dependencies) from the feed. -->
          <packageSourceMapping>
            <packageSource key="consentguard-local">
              <package pattern="ConsentGuard" />
              <package pattern="ConsentGuard.*" />
            </packageSource>
            <packageSource key="nuget.org">
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>
        """;
}
