using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Tests.Infrastructure;

namespace ConsentGuard.Tests.Robustness.Properties;

/// <summary>
/// Minimal programs on which the property suite found the analyzer disagreeing with SPEC §5, each kept as a named case
/// (Regressions/*.cs, markup as in ../shared/cases) and checked with the same verifier as the shared cases.
/// </summary>
public sealed class PropertyRegressionTests
{
    private static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tests", "ConsentGuard.Tests", "Robustness", "Properties", "Regressions");

    public static TheoryData<string> Cases() =>
        new(Directory.GetFiles(Folder, "*.cs").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Regression(string name) =>
        await ConsentGuardTest.VerifyAsync(await File.ReadAllTextAsync(Path.Combine(Folder, name + ".cs")));

    [Fact]
    public void Regression_cases_are_found() => Assert.NotEmpty(Cases());
}
