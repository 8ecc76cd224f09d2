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
/// Demand-driven summaries (issue #16): a callee, a helper check or private storage that can yield no personal data or
/// establish no consent is answered from the per-compilation index without a summary (read from the analyzer's counters,
/// no timing), and every way personal data or consent reaches a body through another body still gives the same verdicts.
/// </summary>
public sealed class PersonalReachTests
{
    [Fact]
    public async Task Callees_and_storage_that_can_yield_nothing_personal_are_not_summarized()
    {
        var (ids, analyzer) = await Run("""
            public class Export(ICorpus corpus)
            {
                private string _prefix = "p:";
                private int _runs;
                private static string Label(int n) => "n" + n;
                private static bool Ready(int n) => n > 0;
                private void Log(string s) => _runs++;
                private string Prefix => _prefix + _runs;
                public void Run(Member m)
                {
                    if (Ready(m.Connections))
                        Log(Label(3));
                    corpus.Add(Prefix + _prefix + Label(1) + m.Headline);
                }
            }
            """);
        Assert.Equal(new[] { "CG0001" }, ids);
        Assert.Equal(1, analyzer.Work.BodiesAnalyzed);
        Assert.Equal(0, analyzer.Work.SummariesComputed);
        Assert.Equal(0, analyzer.Work.GuardsComputed);
        Assert.Equal(0, analyzer.Work.FieldWriteTypesComputed);
        Assert.True(analyzer.Work.SummariesSpared >= 4, $"spared {analyzer.Work.SummariesSpared}"); // Ready, Label, Log, Prefix's getter
        Assert.True(analyzer.Work.FieldWriteReadsSpared >= 1, $"spared {analyzer.Work.FieldWriteReadsSpared}");
    }

    [Fact]
    public async Task Helper_checks_are_still_analyzed_for_what_they_establish()
    {
        var (ids, analyzer) = await Run("""
            public class Export(IConsentProvider consent, ICorpus corpus)
            {
                private bool Allowed(string id) => consent.IsGranted(id, Purposes.GenerativeTraining);
                private void Require(string id)
                {
                    if (!consent.IsGranted(id, Purposes.GenerativeTraining))
                        throw new InvalidOperationException("no consent");
                }
                private static void Note(string what) => Console.WriteLine(what);
                public void Run(Member m)
                {
                    if (Allowed(m.Id))
                        corpus.Add(m.Headline);
                }
                public void Strict(Member m)
                {
                    Require(m.Id);
                    Note("sending");
                    corpus.Add(m.Headline);
                }
                public void Unchecked(Member m)
                {
                    Note("sending");
                    corpus.Add(m.Headline);
                }
            }
            """);
        Assert.Equal(new[] { "CG0001" }, ids); // Unchecked only
        Assert.Equal(2, analyzer.Work.GuardsComputed); // Allowed and Require: their guard analysis alone, no summary
        Assert.Equal(0, analyzer.Work.SummariesComputed);
    }

    [Fact]
    public Task Personal_data_through_helpers_fields_properties_and_references_is_still_found() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public class Sources(Member owner, ICorpus corpus)
        {
            private string _kept = "";
            private readonly List<string> _all = new();
            private readonly string _initial = owner.Headline;
            private Member? _last;

            public void Keep(Member m)
            {
                _kept = m.Headline;
                _all.Add(m.Headline);
                _last = m;
            }

            private string Get() => owner.Headline;
            private string Outer() => Inner();
            private string Inner() => owner.Headline.Trim();
            private void Read(out string s) => s = owner.Headline;
            private void Fill(ref string s) => s = owner.Headline;
            private void Append(List<string> into) => into.Add(owner.Headline);
            private string Summary => owner.Headline + "!";
            private string Describe(int i) => owner.Headline + i;
            private Member? Last() => _last;

            public void Send()
            {
                corpus.Add({|CG0001:Get()|});
                corpus.Add({|CG0001:Outer()|});
                Read(out var read);
                corpus.Add({|CG0001:read|});
                var filled = "";
                Fill(ref filled);
                corpus.Add({|CG0001:filled|});
                var list = new List<string>();
                Append(list);
                corpus.Add({|CG0001:string.Join(",", list)|});
                corpus.Add({|CG0001:Summary|});
                corpus.Add({|CG0001:string.Join(",", new[] { 1, 2 }.Select(Describe))|});
                corpus.Add({|CG0001:_kept|});
                corpus.Add({|CG0001:string.Join(",", _all)|});
                corpus.Add({|CG0001:_initial|});
                corpus.Add({|CG0001:Last()!.Headline|});
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
