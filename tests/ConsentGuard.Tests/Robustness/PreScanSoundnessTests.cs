using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ConsentGuard.Analyzers.Analyzers;
using ConsentGuard.Analyzers.Flow;
using ConsentGuard.Analyzers.Model;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace ConsentGuard.Tests.Robustness;

/// <summary>
/// The gates in front of the body analysis (the compilation's <see cref="FlowScope"/>, <see cref="SinkReach"/> and the
/// personal-data pre-scan <see cref="PersonalDataScan"/>) may only skip bodies where the analysis would find nothing:
/// on every shared, red-team and property-regression case, each body a gate skips is analyzed anyway, exactly as
/// <c>ConsentFlowAnalyzer</c> would analyze it without the gates, and must give no finding, no limit reached and no failure.
/// </summary>
public sealed class PreScanSoundnessTests(ITestOutputHelper output)
{
    private static readonly string Regressions = Path.Combine(TestPaths.RepositoryRoot, "tests", "ConsentGuard.Tests", "Robustness", "Properties", "Regressions");

    public static TheoryData<string> ExtraCases() => new(TestPaths.CaseNames(TestPaths.ExtraCases));

    public static TheoryData<string> RegressionCases() => new(TestPaths.CaseNames(Regressions));

    public static TheoryData<string> SharedCases() =>
        new(Directory.Exists(TestPaths.SharedCases) ? TestPaths.CaseNames(TestPaths.SharedCases) : []);

    [SharedCasesTheory]
    [MemberData(nameof(SharedCases))]
    public void Shared_case_gates_skip_only_bodies_without_findings(string name) => AssertGatesSound(TestPaths.SharedCases, name);

    [Theory]
    [MemberData(nameof(ExtraCases))]
    public void Extra_case_gates_skip_only_bodies_without_findings(string name) => AssertGatesSound(TestPaths.ExtraCases, name);

    [Theory]
    [MemberData(nameof(RegressionCases))]
    public void Regression_gates_skip_only_bodies_without_findings(string name) => AssertGatesSound(Regressions, name);

    /// <summary>The harness itself: with a gate that skips everything, the findings of a leaking body must show up as hidden.</summary>
    [Fact]
    public void A_gate_that_skips_a_leaking_body_is_caught()
    {
        var source = Prelude.Usings + Prelude.Domain + """
            public class Leaks(ICorpus corpus)
            {
                public void Train(Member m) => corpus.Add(m.Headline);
                public void Nothing(Member m) { }
            }
            """;
        var audit = Audit(source, config: null, skipEverything: true);
        Assert.Contains(audit.Hidden, h => h.Contains("Train") && h.Contains("Unchecked GenerativeTraining"));
        Assert.DoesNotContain(audit.Hidden, h => h.Contains("Nothing"));
    }

    /// <summary>Each gate skips something on the cases, so the theories above do test it.</summary>
    [Fact]
    public void Every_gate_skips_bodies_somewhere()
    {
        var source = Prelude.Usings + Prelude.Domain + """
            public class Mixed(ICorpus corpus)
            {
                public int NoSink(Member m) => m.Email.Length;
                public void SinkWithoutPersonalData() => corpus.Add("hello");
                public void Train(Member m) => corpus.Add(m.Email);
            }
            """;
        var gated = Audit(source, config: null);
        Assert.Empty(gated.Hidden);
        Assert.True(gated.Skipped.TryGetValue(nameof(SinkReach), out var noSink) && noSink > 0);
        Assert.True(gated.Skipped.TryGetValue(nameof(PersonalDataScan), out var noData) && noData > 0);
        Assert.True(gated.Analyzed > 0);

        var noSinks = Audit(Prelude.Usings + "public class Member { [PersonalData] public string Email { get; set; } = \"\"; public int L() => Email.Length; }", config: null);
        Assert.True(noSinks.Skipped.TryGetValue(nameof(FlowScope), out var noScope) && noScope > 0);
    }

    private void AssertGatesSound(string folder, string name)
    {
        var source = CrashHarness.StripMarkup(File.ReadAllText(Path.Combine(folder, name + ".cs")));
        var configPath = Path.Combine(folder, name + ".ConsentGuard.txt");
        var audit = Audit(source, File.Exists(configPath) ? File.ReadAllText(configPath) : null);
        output.WriteLine($"analyzed {audit.Analyzed}; skipped {string.Join(", ", audit.Skipped.OrderBy(p => p.Key).Select(p => p.Key + " " + p.Value))}");
        Assert.True(audit.Hidden.Count == 0, "findings the gates hid:" + Environment.NewLine + string.Join(Environment.NewLine, audit.Hidden));
    }

    private static UngatedFlowAnalyzer Audit(string source, string? config, bool skipEverything = false)
    {
        var analyzer = new UngatedFlowAnalyzer(skipEverything);
        var (compilation, options, crashes) = CrashHarness.Prepare([source], config);
        Assert.Empty(crashes);
        var errors = new ConcurrentBag<string>();
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(options, (ex, _, _) => errors.Add(ex.ToString()), concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        Assert.Empty(errors);
        return analyzer;
    }

    /// <summary>
    /// Sees the bodies <c>ConsentFlowAnalyzer</c> sees, asks its gates in its order and, for a body they skip, runs the body
    /// analysis anyway, recording what it finds. Reports nothing: what it records is the test's.
    /// </summary>
#pragma warning disable RS1001, RS1025, RS1026 // a test probe, not a shipped analyzer
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class UngatedFlowAnalyzer(bool skipEverything) : DiagnosticAnalyzer
#pragma warning restore RS1001, RS1025, RS1026
    {
        private static readonly DiagnosticDescriptor Probe = new("PRESCAN0001", "probe", "probe", "Test", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public ConcurrentBag<string> Hidden { get; } = [];

        public ConcurrentDictionary<string, int> Skipped { get; } = new();

        private int _analyzed;

        public int Analyzed => _analyzed;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Probe];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var model = ConsentModel.For(start.Compilation, start.Options);
                if (!model.Types.HasConsentGuard)
                    return;
                var inScope = FlowScope.Of(model).CanHoldFlows;
                var summaries = FlowSummaries.For(model);
                start.RegisterOperationBlockAction(block =>
                {
                    foreach (var (root, part) in ConsentFlowAnalyzer.ExecutableRoots(block.OperationBlocks))
                    {
                        var gate = skipEverything ? "everything"
                            : !inScope ? nameof(FlowScope)
                            : ConsentFlowAnalyzer.GateThatSkips(root, block.OwningSymbol, model, summaries);
                        if (gate is null)
                        {
                            System.Threading.Interlocked.Increment(ref _analyzed);
                            continue;
                        }
                        Skipped.AddOrUpdate(gate, 1, (_, n) => n + 1);
                        var where = block.OwningSymbol.ToDisplayString() + " (skipped by " + gate + "): ";
                        try
                        {
                            var result = BodyAnalysis.Run(model, summaries, block.OwningSymbol, block.GetControlFlowGraph(part), BodyAnalysisMode.Report,
                                AnalysisStack.Empty, block.CancellationToken);
                            foreach (var finding in result.Findings)
                                Hidden.Add(where + finding.Kind + " " + finding.Purpose + " at '" + finding.Node + "'");
                            if (result.LimitReached is { } limit)
                                Hidden.Add(where + "limit reached: " + limit);
                        }
                        catch (Exception ex) when (ex is not OperationCanceledException)
                        {
                            Hidden.Add(where + "the analysis failed: " + ex.GetType().Name + ": " + ex.Message);
                        }
                    }
                });
            });
        }
    }
}
