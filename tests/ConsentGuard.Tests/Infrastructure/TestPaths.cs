using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ConsentGuard.Tests.Infrastructure;

/// <summary>Where the repository and the acceptance cases are, wherever the tests run from.</summary>
internal static class TestPaths
{
    private const string CasesVariable = "CONSENTGUARD_CASES";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The shared acceptance cases: <c>../shared/cases</c> beside the repository, or <c>CONSENTGUARD_CASES</c>.</summary>
    public static string SharedCases =>
        Environment.GetEnvironmentVariable(CasesVariable) is { Length: > 0 } overridden
            ? overridden
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "cases"));

    /// <summary>Why the shared-case tests are skipped here, or null when they run (see <see cref="SharedCasesSkipReasonFor"/>).</summary>
    public static string? SharedCasesSkipReason =>
        SharedCasesSkipReasonFor(SharedCases, Directory.Exists(SharedCases), Environment.GetEnvironmentVariable);

    /// <summary>
    /// The shared cases must run (a missing folder is a failure, not a skip) in CI (<c>CI=true</c>) and whenever
    /// <c>CONSENTGUARD_CASES</c> names a folder; a developer's clone without <c>../shared</c> reports them as skipped,
    /// saying where they would come from.
    /// </summary>
    internal static string? SharedCasesSkipReasonFor(string folder, bool folderExists, Func<string, string?> environment)
    {
        var required = string.Equals(environment("CI"), "true", StringComparison.OrdinalIgnoreCase)
                       || environment(CasesVariable) is { Length: > 0 };
        return folderExists || required
            ? null
            : $"the shared acceptance cases are not here: they are read from {folder} (the shared folder beside a " +
              $"clone, as CI lays it out) or from the folder named by {CasesVariable}; set CI=true to require them";
    }

    /// <summary>
    /// The red-team cases (<c>Cases/Extra</c>), in the same markup as the shared ones. They live in the repository, so the
    /// repository's own suites (truncation, mutation, generator and code-fix robustness) seed from them on any clone.
    /// </summary>
    public static string ExtraCases => Path.Combine(RepositoryRoot, "tests", "ConsentGuard.Tests", "Cases", "Extra");

    /// <summary>The names (file names without <c>.cs</c>) of the case files in <paramref name="folder"/>, in ordinal order.</summary>
    public static IEnumerable<string> CaseNames(string folder) =>
        Directory.GetFiles(folder, "*.cs").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal)!;

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ConsentGuard.sln")))
                return dir.FullName;
        throw new InvalidOperationException("ConsentGuard.sln not found above " + AppContext.BaseDirectory);
    }
}
