using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Analyzers.Analyzers;
using ConsentGuard.Tests.Configuration;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Tests.Analyzers;

/// <summary>
/// Sink first (issue #16): a body that can reach no sink, directly or through the callees the analysis follows, is not
/// analyzed (read from the analyzer's counters), and every way of reaching a sink through another body still gives its finding.
/// </summary>
public sealed class SinkReachTests
{
    [Fact]
    public async Task Bodies_that_reach_no_sink_are_not_analyzed()
    {
        var (ids, analyzer) = await Run("""
            public class Show { public string Of(Member m) => m.Email + m.Headline; public int Length(Member m) => m.Email.Length; }
            public class Pricing { public decimal Total(decimal a, decimal b) => a + b; }
            public class Export(ICorpus corpus) { public void Run(Member m) => corpus.Add(m.Headline); }
            """);
        Assert.Equal(new[] { "CG0001" }, ids);
        Assert.Equal(1, analyzer.Work.BodiesAnalyzed);
        Assert.True(analyzer.Work.BodiesSeen >= 4);
    }

    [Fact]
    public Task Sinks_reached_through_other_bodies_are_still_found() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public sealed class Command(ICorpus corpus, string text)
        {
            public void Execute() => corpus.Add(text);
        }
        public class Stored
        {
            private readonly ICorpus _corpus;
            private string _text = "";
            public Stored(ICorpus corpus, string text) { _corpus = corpus; _text = text; }
            public void Flush() => _corpus.Add(_text);
        }
        public class Relay(ICorpus corpus)
        {
            public string Text { set => corpus.Add(value); }
            public string this[int i] { set => corpus.Add(value); }
            public void Deep(string t) => Deeper(t);
            private void Deeper(string t) => Send(t);
            private void Send(string t) => corpus.Add(t);
        }
        public class Job(ICorpus corpus, Relay relay)
        {
            public void Run(Member m)
            {
                new Command(corpus, {|CG0001:m.Headline|}).Execute();
                Command c = new(corpus, {|CG0001:m.Headline|});
                _ = new Stored(corpus, {|CG0001:m.Headline|});
                relay.Text = {|CG0001:m.Headline|};
                relay[0] = {|CG0001:m.Headline|};
                relay.Deep({|CG0001:m.Headline|});
            }
        }
        """));

    private static async Task<(string[] Ids, ConsentFlowAnalyzer Analyzer)> Run(string code)
    {
        var compilation = ConfigTestHost.Compile(Prelude.With(code));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var analyzer = new ConsentFlowAnalyzer();
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer)).GetAnalyzerDiagnosticsAsync();
        return (diagnostics.Where(d => d.Id.StartsWith("CG", System.StringComparison.Ordinal)).Select(d => d.Id).OrderBy(id => id).ToArray(), analyzer);
    }
}
