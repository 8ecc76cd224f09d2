using System;
using System.IO;

namespace ConsentGuard.Tests.Infrastructure;

/// <summary>Where the repository and the shared acceptance cases are, wherever the tests run from.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The acceptance cases: <c>../shared/cases</c> beside the repository, or <c>CONSENTGUARD_CASES</c>.</summary>
    public static string SharedCases =>
        Environment.GetEnvironmentVariable("CONSENTGUARD_CASES") is { Length: > 0 } overridden
            ? overridden
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "cases"));

    /// <summary>The red-team cases (<c>Cases/Extra</c>), in the same markup as the shared ones.</summary>
    public static string ExtraCases => Path.Combine(RepositoryRoot, "tests", "ConsentGuard.Tests", "Cases", "Extra");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ConsentGuard.sln")))
                return dir.FullName;
        throw new InvalidOperationException("ConsentGuard.sln not found above " + AppContext.BaseDirectory);
    }
}
