using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Tests.Infrastructure;
using ConsentGuard.Tests.Robustness;

namespace ConsentGuard.Tests.CodeFixes;

/// <summary>
/// Fixes never throw: every fix and Fix All offered on every shared case, and on the truncated and edited
/// versions of it that the analyzer robustness tests use (code as it is being typed).
/// </summary>
public sealed class CodeFixRobustnessTests
{
    public static TheoryData<string> CaseFiles() => TruncationTests.CaseFiles();

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public async Task No_fix_throws_on_a_case_or_its_edited_versions(string name)
    {
        var source = CrashHarness.StripMarkup(File.ReadAllText(Path.Combine(TestPaths.SharedCases, name + ".cs")));
        var configPath = Path.Combine(TestPaths.SharedCases, name + ".ConsentGuard.txt");
        var config = File.Exists(configPath) ? File.ReadAllText(configPath) : null;

        var failures = new List<string>();
        foreach (var variant in new[] { source }.Concat(TruncationTests.Variants(source, seed: name.Length)))
            foreach (var crash in await CodeFixRunner.CrashesAsync(variant, config))
                failures.Add(crash + Environment.NewLine + "--- on ---" + Environment.NewLine + variant);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine + "=====" + Environment.NewLine, failures.Take(3)));
    }

    [Fact]
    public async Task The_harness_sees_fixes_on_a_case()
    {
        // Guards the test above against passing because nothing was fixable.
        var fixedDocument = await CodeFixRunner.ApplyAsync<ConsentGuard.CodeFixes.CheckConsentFirstCodeFixProvider>(
            CrashHarness.StripMarkup(File.ReadAllText(Path.Combine(TestPaths.SharedCases, "01-direct-leak.cs"))), "CG0001");
        Assert.Contains("if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))", (await fixedDocument.GetTextAsync()).ToString());
    }
}
