using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Tests.Infrastructure;
using ConsentGuard.Tests.Robustness;

namespace ConsentGuard.Tests.CodeFixes;

/// <summary>
/// Fixes never throw: every fix and Fix All offered on every case of the repository, and on truncated and edited
/// versions of it as the analyzer robustness tests make them (code as it is being typed).
/// </summary>
public sealed class CodeFixRobustnessTests
{
    public static TheoryData<string> CaseFiles() => TruncationTests.CaseFiles();

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public async Task No_fix_throws_on_a_case_or_its_edited_versions(string name)
    {
        var source = CrashHarness.StripMarkup(File.ReadAllText(Path.Combine(TestPaths.ExtraCases, name + ".cs")));
        var configPath = Path.Combine(TestPaths.ExtraCases, name + ".ConsentGuard.txt");
        var config = File.Exists(configPath) ? File.ReadAllText(configPath) : null;

        var failures = new List<string>();
        // Fewer variants per case than the analyzer suite: each runs every fix and Fix All, over 100+ cases.
        foreach (var variant in new[] { source }.Concat(TruncationTests.Variants(source, seed: name.Length, truncations: 6, edits: 2)))
            foreach (var crash in await CodeFixRunner.CrashesAsync(variant, config))
                failures.Add(crash + Environment.NewLine + "--- on ---" + Environment.NewLine + variant);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine + "=====" + Environment.NewLine, failures.Take(3)));
    }

    [Fact]
    public async Task The_harness_sees_fixes_on_a_case()
    {
        // Guards the test above against passing because nothing was fixable.
        var fixedDocument = await CodeFixRunner.ApplyAsync<ConsentGuard.CodeFixes.CheckConsentFirstCodeFixProvider>(
            DirectLeak, "CG0001");
        Assert.Contains("if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))", (await fixedDocument.GetTextAsync()).ToString());
    }

    private const string DirectLeak = """
        using ConsentGuard;

        public class Member
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData, ConsentPurpose(Purposes.GenerativeTraining)] public string Headline { get; set; } = "";
        }

        public interface ICorpus
        {
            [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
        }

        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export(Member m) => corpus.Add(m.Headline);
        }
        """;
}
