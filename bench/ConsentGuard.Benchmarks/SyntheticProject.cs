using System;
using System.IO;
using ConsentGuard.Benchmarks.Synthetic;

namespace ConsentGuard.Benchmarks;

/// <summary>Writes a synthetic code base as a buildable project that references ConsentGuard from this repository.</summary>
internal static class SyntheticProject
{
    public static int Write(string directory, int files, int seed)
    {
        var repository = FindRepository();
        Directory.CreateDirectory(directory);
        foreach (var file in SyntheticCodebase.Generate(files, seed))
        {
            var path = Path.Combine(directory, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }
        File.WriteAllText(Path.Combine(directory, "Synthetic.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
                <WithConsentGuard Condition="'$(WithConsentGuard)' == ''">true</WithConsentGuard>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{Path.Combine(repository, "src/ConsentGuard/bin/Release/netstandard2.0/ConsentGuard.dll")}" />
                <Analyzer Include="{Path.Combine(repository, "src/ConsentGuard.Analyzers/bin/Release/netstandard2.0/ConsentGuard.Analyzers.dll")}" Condition="'$(WithConsentGuard)' == 'true'" />
              </ItemGroup>
            </Project>
            """);
        Console.WriteLine($"wrote {files} files to {directory}");
        return 0;
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ConsentGuard.sln")))
                return dir.FullName;
        throw new InvalidOperationException("run from inside the repository");
    }
}
