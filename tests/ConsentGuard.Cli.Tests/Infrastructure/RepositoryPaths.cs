using System;
using System.IO;
using System.Reflection;

namespace ConsentGuard.Cli.Tests.Infrastructure;

/// <summary>The repository, the sample and the built CLI, wherever the tests run from.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Sample => Path.Combine(Root, "samples", "ProNet", "ProNet.csproj");

    public static string Schema => Path.Combine(Root, "docs", "audit-schema.json");

    /// <summary>The CLI in its own output folder (with its BuildHost), built in this test run's configuration.</summary>
    public static string CliDll
    {
        get
        {
            var configuration = typeof(RepositoryPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            return Path.Combine(Root, "src", "ConsentGuard.Cli", "bin", configuration, "net10.0", "ConsentGuard.Cli.dll");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ConsentGuard.sln")))
                return dir.FullName;
        throw new InvalidOperationException("ConsentGuard.sln not found above " + AppContext.BaseDirectory);
    }
}
