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

    /// <summary>
    /// A chain of <paramref name="helpers"/> static helpers, each passing its argument to the next; the last sends it to a
    /// sink when <paramref name="sinkAtTheEnd"/>. Two callers at the top: <c>First</c> and <c>Second</c>.
    /// </summary>
    private static string CallChain(int helpers, bool sinkAtTheEnd) => Prelude + $$"""
        public static class Chain
        {
            public static ICorpus Corpus = null!;
        {{string.Join("\n", Enumerable.Range(0, helpers - 1).Select(i => $"    public static void Step{i}(string text) => Step{i + 1}(text + \"\");"))}}
            public static void Step{{helpers - 1}}(string text) { {{(sinkAtTheEnd ? "Corpus.Add(text);" : "System.Console.WriteLine(text.Length);")}} }
        }
        public class Caller
        {
            public void First(Member m) => Chain.Step0(m.Headline);
            public void Second(Member m) => Chain.Step0(m.Headline);
        }
        """;

    [Fact]
    public async Task A_sink_within_the_depth_limit_is_found_through_the_chain()
    {
        Assert.Equal(new[] { "CG0001", "CG0001" }, await Run(CallChain(AnalysisStackDepth - 1, sinkAtTheEnd: true)));
    }

    [Fact]
    public async Task A_chain_deeper_than_the_depth_limit_reports_every_member_that_needed_it_as_unverified_never_clean()
    {
        var diagnostics = await Diagnostics(CallChain(AnalysisStackDepth + 3, sinkAtTheEnd: true));
        // Both callers need the cut chain: the second reuses the summaries the first request computed (and cached with
        // the limit they were cut by), so it must not pass in silence either.
        foreach (var caller in new[] { "'First'", "'Second'" })
        {
            Assert.Contains(diagnostics, d => d.Id == "CG0012" && d.GetMessage().Contains(caller, System.StringComparison.Ordinal)
                && d.GetMessage().Contains("deeper than", System.StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_deep_chain_that_can_neither_yield_personal_data_nor_reach_a_sink_is_no_limit_worth_reporting()
    {
        Assert.Empty(await Run(CallChain(AnalysisStackDepth + 3, sinkAtTheEnd: false)));
    }

    [Fact]
    public void A_cancelled_request_stops_its_summaries_and_leaves_nothing_behind_for_the_next_request()
    {
        var compilation = ConfigTestHost.Compile(CallChain(4, sinkAtTheEnd: true));
        var summaries = ConsentGuard.Analyzers.Flow.FlowSummaries.For(ConsentGuard.Analyzers.Model.ConsentModel.For(compilation, ConfigTestHost.Options([])));
        var step0 = ConfigTestHost.Method(compilation, "Chain", "Step0");
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<System.OperationCanceledException>(() =>
            summaries.SummaryOf(step0, ConsentGuard.Analyzers.Flow.AnalysisStack.ForRequest(cancelled.Token)));
        var summary = summaries.SummaryOf(step0, ConsentGuard.Analyzers.Flow.AnalysisStack.ForRequest(System.Threading.CancellationToken.None));
        Assert.NotNull(summary);
        Assert.False(summary!.SinkPurposesOf(0).IsEmpty);
    }

    private const int AnalysisStackDepth = ConsentGuard.Analyzers.Flow.AnalysisStack.MaxDepth;

    private static async Task<ImmutableArray<Diagnostic>> Diagnostics(string code)
    {
        var compilation = ConfigTestHost.Compile(code);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ConsentFlowAnalyzer()), ConfigTestHost.Options([])).GetAnalyzerDiagnosticsAsync();
    }

    private static async Task<string[]> Run(string code)
    {
        var compilation = ConfigTestHost.Compile(code);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ConsentFlowAnalyzer()), ConfigTestHost.Options([])).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Select(d => d.Id).Where(id => id.StartsWith("CG", System.StringComparison.Ordinal)).OrderBy(id => id).ToArray();
    }
}
