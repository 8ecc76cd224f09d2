using System;
using System.IO;
using System.Linq;
using ConsentGuard.Benchmarks.Synthetic;

namespace ConsentGuard.Benchmarks;

/// <summary>
/// Writes a synthetic code base as a buildable ASP.NET Core class library that references ConsentGuard as built
/// next to this program (the Release runtime and analyzer dlls). The property <c>Variant</c> chooses what runs in
/// the compile: <c>baseline</c> (the compiler alone), <c>consentguard</c> (our analyzers and generator) or
/// <c>peer</c> (the SDK's NetAnalyzers with only the dataflow security rules CA3001–CA3012 on).
/// </summary>
internal static class SyntheticProject
{
    public const string ProjectFile = "Synthetic.csproj";
    public static readonly string[] Variants = ["baseline", "consentguard", "peer"];

    /// <summary>The dataflow (taint) security rules of Microsoft.CodeAnalysis.NetAnalyzers: the peer.</summary>
    public static readonly string[] PeerRules = Enumerable.Range(3001, 12).Select(n => $"CA{n}").ToArray();

    public static int Write(string directory, int files, int seed)
    {
        var lines = WriteProject(directory, files, seed);
        Console.WriteLine($"wrote {files} files ({lines:N0} lines) to {directory}");
        return 0;
    }

    /// <summary>Writes the sources, the project and its .editorconfig; returns the number of source lines.</summary>
    public static int WriteProject(string directory, int files, int seed)
    {
        if (Directory.Exists(directory))
            Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(directory);
        var lines = 0;
        foreach (var file in SyntheticCodebase.Generate(files, seed, web: true))
        {
            var path = Path.Combine(directory, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
            lines += file.Text.Split('\n').Length;
        }
        // The dlls this program was built with: `dotnet run -c Release` builds them as its project references.
        var runtime = Path.Combine(AppContext.BaseDirectory, "ConsentGuard.dll");
        var analyzers = Path.Combine(AppContext.BaseDirectory, "ConsentGuard.Analyzers.dll");
        File.WriteAllText(Path.Combine(directory, ProjectFile), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- Written by the ConsentGuard.Benchmarks commands synth and build-matrix. Build with -p:Variant=baseline, consentguard or peer. -->
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
                <ImportDirectoryBuildTargets>false</ImportDirectoryBuildTargets>
                <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <Variant Condition="'$(Variant)' == ''">consentguard</Variant>
                <!-- The SDK's own analyzers run only for the peer, and then only the rules .editorconfig turns on. -->
                <EnableNETAnalyzers>false</EnableNETAnalyzers>
                <EnableNETAnalyzers Condition="'$(Variant)' == 'peer'">true</EnableNETAnalyzers>
                <AnalysisMode Condition="'$(Variant)' == 'peer'">None</AnalysisMode>
              </PropertyGroup>
              <ItemGroup>
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
                <Reference Include="{runtime}" />
                <Analyzer Include="{analyzers}" Condition="'$(Variant)' == 'consentguard'" />
              </ItemGroup>
            </Project>
            """);
        // Findings are warnings here: the code base leaks on purpose, and an error would skip emit and shorten the compile.
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), string.Join('\n', new[] { "root = true", "", "[*.cs]" }
            .Concat(Enumerable.Range(1, 12).Select(n => $"dotnet_diagnostic.CG{n:0000}.severity = warning"))
            .Concat(PeerRules.Select(id => $"dotnet_diagnostic.{id}.severity = warning"))) + "\n");
        return lines;
    }
}
