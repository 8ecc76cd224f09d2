using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Analyzers.Analyzers;
using ConsentGuard.Tests.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Tests.Analyzers;

/// <summary>
/// Limits say so (issue #17, review §2.7 "silent limits"): where the analysis stops before its facts settle, the member is
/// reported as unverified (CG0012) next to whatever it found; it is never reported clean.
/// </summary>
public sealed class AnalysisLimitTests
{
    private const string Prelude = """
        using System.Collections.Generic;
        using System.Linq;
        using ConsentGuard;
        public class Member
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData, ConsentPurpose(Purposes.GenerativeTraining)] public string Headline { get; set; } = "";
        }
        public interface ICorpus { [ConsentSink(Purposes.GenerativeTraining)] void Add(string text); }
        """;

    /// <summary>A query whose <c>let</c> clauses form a chain of <paramref name="lets"/> lambdas ending in a sink.</summary>
    private static string LongQuery(int lets) => Prelude + $$"""
        public class LongQuery(ICorpus corpus)
        {
            public void Send(List<Member> members)
            {
                var texts = from m in members
                    let v0 = m.Headline
        {{string.Join("\n", Enumerable.Range(1, lets).Select(i => $"            let v{i} = v{i - 1} + \"\""))}}
                    select v{{lets}};
                foreach (var t in texts) corpus.Add(t);
            }
        }
        """;

    [Theory]
    [InlineData(10)]
    [InlineData(40)]
    [InlineData(120)]
    public async Task A_chain_longer_than_any_budget_gives_the_finding_or_says_it_is_unverified(int lets)
    {
        var ids = await Run(LongQuery(lets));
        Assert.True(ids.Contains("CG0001") || ids.Contains("CG0012"), $"{lets} let clauses: silence ({string.Join(", ", ids)})");
    }

    [Fact]
    public async Task A_chain_within_the_budget_gives_the_finding_and_no_unverified_member()
    {
        Assert.Equal(new[] { "CG0001" }, await Run(LongQuery(40)));
    }

    [Fact]
    public async Task A_chain_past_the_budget_reports_the_member_as_unverified_with_the_limit()
    {
        var compilation = ConfigTestHost.Compile(LongQuery(120));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ConsentFlowAnalyzer()), ConfigTestHost.Options([])).GetAnalyzerDiagnosticsAsync();
        var unverified = Assert.Single(diagnostics, d => d.Id == "CG0012");
        Assert.Contains("'Send'", unverified.GetMessage(), System.StringComparison.Ordinal);
        Assert.Contains("passes", unverified.GetMessage(), System.StringComparison.Ordinal);
    }

    private static async Task<string[]> Run(string code)
    {
        var compilation = ConfigTestHost.Compile(code);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ConsentFlowAnalyzer()), ConfigTestHost.Options([])).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Select(d => d.Id).Where(id => id.StartsWith("CG", System.StringComparison.Ordinal)).OrderBy(id => id).ToArray();
    }
}
