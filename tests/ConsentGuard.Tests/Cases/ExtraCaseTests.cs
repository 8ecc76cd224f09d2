using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.Tests.Infrastructure;

namespace ConsentGuard.Tests.Cases;

/// <summary>
/// Red-team acceptance cases (tests/ConsentGuard.Tests/Cases/Extra), written from SPEC §5 in the style of
/// ../shared/cases and scored by the same rules (../shared/cases/README.md): exact agreement with the markup.
/// </summary>
public sealed class ExtraCaseTests
{
    private static string ExtraCases => Path.Combine(TestPaths.RepositoryRoot, "tests", "ConsentGuard.Tests", "Cases", "Extra");

    private static IEnumerable<string> AllCaseNames() =>
        Directory.GetFiles(ExtraCases, "*.cs")
            .Select(Path.GetFileNameWithoutExtension)
            .OrderBy(n => n, System.StringComparer.Ordinal)!;

    public static TheoryData<string> Cases() => new(AllCaseNames());

    [Fact]
    public void ExtraCase_files_are_found() => Assert.True(AllCaseNames().Count() >= 40, "expected the red-team cases in " + ExtraCases);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ExtraCase(string name)
    {
        var markup = await File.ReadAllTextAsync(Path.Combine(ExtraCases, name + ".cs"));
        var configPath = Path.Combine(ExtraCases, name + ".ConsentGuard.txt");
        var config = File.Exists(configPath) ? await File.ReadAllTextAsync(configPath) : null;

        // Info-level findings (CG0006) count only in files whose markup expects them.
        var ignored = markup.Contains("{|" + DiagnosticIds.NoAccessorsGenerated + ":") ? [] : new[] { DiagnosticIds.NoAccessorsGenerated };
        await ConsentGuardTest.VerifyAsync(markup, config, ignored);
    }
}
