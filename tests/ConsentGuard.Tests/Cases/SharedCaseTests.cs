using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Tests.Infrastructure;

namespace ConsentGuard.Tests.Cases;

/// <summary>
/// Every acceptance case of ../shared/cases through the built analyzers and generator, requiring exact
/// agreement with its markup (scoring rules: ../shared/cases/README.md). Required in CI and when
/// <c>CONSENTGUARD_CASES</c> is set; on a clone without the shared folder they are reported as skipped (see
/// <see cref="TestPaths.SharedCasesSkipReason"/>).
/// </summary>
public sealed class SharedCaseTests
{
    /// <summary>Cases that wait for a later issue. Each stays in the suite, reported as skipped with its reason.</summary>
    private static readonly Dictionary<string, string> Pending = new()
    {
    };

    /// <summary>None when the folder is missing: then the tests below are skipped, or fail where the cases are required.</summary>
    private static IEnumerable<string> AllCaseNames() =>
        Directory.Exists(TestPaths.SharedCases) ? TestPaths.CaseNames(TestPaths.SharedCases) : [];

    public static TheoryData<string> ReadyCases() => new(AllCaseNames().Where(n => !Pending.ContainsKey(n)));

    public static TheoryData<string> PendingCases() => new(AllCaseNames().Where(Pending.ContainsKey));

    [SharedCasesFact]
    public void The_shared_cases_are_found() => Assert.True(AllCaseNames().Count() >= 40, "expected the 40 shared cases in " + TestPaths.SharedCases);

    [SharedCasesTheory]
    [MemberData(nameof(ReadyCases))]
    public Task Case(string name) => RunCaseAsync(name);

    /// <summary>Kept visible in every run: the skip names the cases and the issues they wait for.</summary>
    [Theory(Skip = "pending: see SharedCaseTests.Pending for the issue each case waits for")]
    [MemberData(nameof(PendingCases), DisableDiscoveryEnumeration = true)]
    public Task PendingCase(string name) => RunCaseAsync(name);

    private static async Task RunCaseAsync(string name)
    {
        var markup = await File.ReadAllTextAsync(Path.Combine(TestPaths.SharedCases, name + ".cs"));
        var configPath = Path.Combine(TestPaths.SharedCases, name + ".ConsentGuard.txt");
        var config = File.Exists(configPath) ? await File.ReadAllTextAsync(configPath) : null;

        // Info-level findings (CG0006) count only in files whose markup expects them: VerifyAsync applies that rule.
        await ConsentGuardTest.VerifyAsync(markup, config);
    }
}
