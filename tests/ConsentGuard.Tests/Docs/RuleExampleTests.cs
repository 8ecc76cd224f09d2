using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Tests.Docs;

/// <summary>
/// The examples of docs/rules are compiled with ConsentGuard's analyzers and generator, as a net8.0 project would
/// compile them (C# 12, nullable, implicit usings). A non-compliant example must report exactly the diagnostics
/// its comments mark (<c>// CG0001</c> at the end of a C# line; <c># CG0010</c> on the line above a
/// ConsentGuard.txt line); a compliant one must report none. Both must compile without errors or warnings.
/// </summary>
public sealed class RuleExampleTests
{
    private const string ConfigFileName = DocExampleCompiler.ConfigFileName;

    private static readonly Regex CSharpMarker = new(@"//\s*(?<id>CG\d{4})\b", RegexOptions.Compiled);
    private static readonly Regex ConfigMarker = new(@"^\s*#\s*(?<id>CG\d{4})\b", RegexOptions.Compiled);

    /// <summary>
    /// Rules whose non-compliant example waits for the feature that reports them (as SharedCaseTests.Pending does
    /// for the shared cases). Each stays in the suite as a skipped test naming its issue; remove the entry when the
    /// feature lands. Their compliant examples run already.
    /// </summary>
    private static readonly Dictionary<string, string> PendingNonCompliant = new(StringComparer.Ordinal)
    {
    };

    /// <summary>Every rule but those listed in <see cref="RulePage.WithoutCodeExample"/> (with the reason).</summary>
    private static IEnumerable<string> IdsWithExamples => RuleDocumentationTests.Descriptors.Select(d => d.Id).Where(RulePage.HasCodeExample);

    public static TheoryData<string> RuleIds() => new(IdsWithExamples);

    public static TheoryData<string> ReadyNonCompliantIds() => new(IdsWithExamples.Where(id => !PendingNonCompliant.ContainsKey(id)));

    public static TheoryData<string> PendingNonCompliantIds() => new(IdsWithExamples.Where(PendingNonCompliant.ContainsKey));

    [Theory]
    [MemberData(nameof(ReadyNonCompliantIds))]
    public Task Non_compliant_example_reports_exactly_the_marked_diagnostics(string id) => VerifyNonCompliantAsync(id);

    /// <summary>Kept visible in every run: the skip names the rules and the issues they wait for.</summary>
    [Theory(Skip = "pending: see RuleExampleTests.PendingNonCompliant for the issue each rule waits for")]
    [MemberData(nameof(PendingNonCompliantIds), DisableDiscoveryEnumeration = true)]
    public Task Pending_non_compliant_example(string id) => VerifyNonCompliantAsync(id);

    private static async Task VerifyNonCompliantAsync(string id)
    {
        var page = RulePage.Load(id);
        var example = Example.From(page, page.NonCompliant);
        Assert.True(example.Expected.Any(e => e.EndsWith(": " + id, StringComparison.Ordinal)),
            $"{page.Path}: the non-compliant example marks no {id}");

        var actual = await AnalyzeAsync(example, id);

        // Arrays, not ImmutableArray: xUnit would compare ImmutableArray structs by reference.
        Assert.Equal(example.Expected.ToArray(), actual.ToArray());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public async Task Compliant_example_reports_nothing(string id)
    {
        var page = RulePage.Load(id);
        var example = Example.From(page, page.Compliant);
        Assert.Empty(example.Expected);

        var actual = await AnalyzeAsync(example, id);

        Assert.Empty(actual);
    }

    /// <summary>The files of one half of a page's example: the shared declarations plus that half's blocks.</summary>
    private sealed record Example(string PagePath, ImmutableArray<(string Path, string Code)> Sources, string? Config, ImmutableArray<string> Expected)
    {
        public static Example From(RulePage page, IReadOnlyList<CodeBlock> half)
        {
            var sources = ImmutableArray.CreateBuilder<(string, string)>();
            var expected = new List<string>();
            string? config = null;
            foreach (var block in page.Setup.Concat(half))
            {
                // A file named for the page line where the block starts, so a failure points at the Markdown.
                var path = $"{page.Id}.md@{block.FirstLine}";
                var lines = block.Code.Split('\n');
                switch (block.Language)
                {
                    case "csharp":
                        sources.Add((path + ".cs", block.Code));
                        for (var i = 0; i < lines.Length; i++)
                            if (CSharpMarker.Match(lines[i]) is { Success: true } m)
                                expected.Add($"{path}.cs({i + 1}): {m.Groups["id"].Value}");
                        break;
                    case "text":
                        Assert.True(config is null, $"{page.Path}: more than one {ConfigFileName} block in one example");
                        config = block.Code;
                        for (var i = 0; i < lines.Length; i++)
                            if (ConfigMarker.Match(lines[i]) is { Success: true } m)
                                expected.Add($"{ConfigFileName}({i + 2}): {m.Groups["id"].Value}");
                        break;
                    default:
                        Assert.Fail($"{page.Path}, line {block.FirstLine}: an example block must be `csharp` or `text` ({ConfigFileName}), not `{block.Language}`");
                        break;
                }
            }
            expected.Sort(StringComparer.Ordinal);
            return new Example(page.Path, sources.ToImmutable(), config, expected.ToImmutableArray());
        }
    }

    /// <summary>
    /// Runs <see cref="DocExampleCompiler"/> on <paramref name="example"/>. Returns ConsentGuard's findings as
    /// <c>file(line): ID</c>, sorted: warnings and errors, and findings of <paramref name="ruleId"/> at any severity
    /// (so that CG0006, an info, counts on its own page).
    /// </summary>
    private static async Task<ImmutableArray<string>> AnalyzeAsync(Example example, string ruleId)
    {
        var findings = await DocExampleCompiler.AnalyzeAsync(example.PagePath, example.Sources, example.Config);
        return findings
            .Where(d => d.Id.StartsWith("CG", StringComparison.Ordinal) && (d.Severity >= DiagnosticSeverity.Warning || d.Id == ruleId))
            .Select(d => d.Location.GetLineSpan() is var span ? $"{span.Path}({span.StartLinePosition.Line + 1}): {d.Id}" : "")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToImmutableArray();
    }
}
