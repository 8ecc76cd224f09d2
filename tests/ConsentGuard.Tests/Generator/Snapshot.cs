using System;
using System.IO;
using ConsentGuard.Tests.Infrastructure;

namespace ConsentGuard.Tests.Generator;

/// <summary>
/// Checked-in expected files for generated source (Verify.* is not available here). A mismatch fails with both
/// texts; <c>CONSENTGUARD_UPDATE_SNAPSHOTS=1</c> rewrites the expected files instead, for review in the diff.
/// </summary>
internal static class Snapshot
{
    public const string UpdateVariable = "CONSENTGUARD_UPDATE_SNAPSHOTS";

    public static string Directory { get; } = Path.Combine(TestPaths.RepositoryRoot, "tests", "ConsentGuard.Tests", "Generator", "Snapshots");

    public static void Match(string name, string actual)
    {
        var path = Path.Combine(Directory, name + ".g.cs");
        actual = Normalize(actual);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"No snapshot {path}; run the tests with {UpdateVariable}=1 to create it, then review it.");
        var expected = Normalize(File.ReadAllText(path));
        if (expected != actual)
            Assert.Fail($"Generated source differs from {path} (run with {UpdateVariable}=1 to accept it).\n--- expected\n{expected}\n--- actual\n{actual}");
    }

    /// <summary>Line ends as checked out on any OS.</summary>
    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}
