using System.Collections.Generic;

namespace ConsentGuard.Tests.Infrastructure;

/// <summary>When the shared acceptance cases are skipped, and when their absence fails the run instead.</summary>
public sealed class SharedCasesSkipTests
{
    private const string Folder = "/clone/../shared/cases";

    private static System.Func<string, string?> Environment(params (string Name, string Value)[] variables)
    {
        var values = new Dictionary<string, string>();
        foreach (var (name, value) in variables)
            values[name] = value;
        return name => values.TryGetValue(name, out var value) ? value : null;
    }

    [Fact]
    public void A_plain_clone_without_the_folder_skips_them_and_says_where_they_come_from()
    {
        var reason = TestPaths.SharedCasesSkipReasonFor(Folder, folderExists: false, Environment());
        Assert.NotNull(reason);
        Assert.Contains(Folder, reason);
        Assert.Contains("CONSENTGUARD_CASES", reason);
    }

    [Fact]
    public void They_run_where_the_folder_exists() =>
        Assert.Null(TestPaths.SharedCasesSkipReasonFor(Folder, folderExists: true, Environment()));

    [Theory]
    [InlineData("CI", "true")]
    [InlineData("CI", "True")]
    [InlineData("CONSENTGUARD_CASES", "/somewhere/cases")]
    public void In_CI_or_with_an_explicit_folder_they_are_required_so_a_missing_folder_fails(string name, string value) =>
        Assert.Null(TestPaths.SharedCasesSkipReasonFor(Folder, folderExists: false, Environment((name, value))));

    [Fact]
    public void CI_set_to_anything_else_does_not_require_them() =>
        Assert.NotNull(TestPaths.SharedCasesSkipReasonFor(Folder, folderExists: false, Environment(("CI", "false"))));
}
