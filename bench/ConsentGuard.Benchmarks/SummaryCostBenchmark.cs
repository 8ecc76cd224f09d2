using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using ConsentGuard.Analyzers.Analyzers;
using ConsentGuard.Analyzers.Flow;
using ConsentGuard.Analyzers.Model;
using ConsentGuard.Benchmarks.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Benchmarks;

/// <summary>
/// What the consent-flow analysis, and its interprocedural summaries in particular, cost on a large
/// synthetic code base: the compiler's own time (binding + diagnostics) next to the flow analyzer's,
/// with summaries on and off. A measurement, printed; never an assertion.
/// </summary>
internal static class SummaryCostBenchmark
{
    public static int Run(int files, int seed, int repeat, bool Sequential = false)
    {
        var sources = SyntheticCodebase.Generate(files, seed);
        Console.WriteLine($"synthetic code base: {sources.Count} files, {sources.Sum(s => s.Text.Split('\n').Length):N0} lines, seed {seed}");
        // CPU time next to wall time: on a loaded machine the wall time of both grows with the load, their CPU time does not.
        Console.WriteLine("| run | compiler (ms) | flow analyzer (ms) | all ConsentGuard analyzers (ms) | compiler CPU (ms) | analyzer pass CPU (ms) | findings | per analyzer (ms) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
        var floors = new List<double>();
        for (var run = 0; run < repeat; run++)
        {
            foreach (var summaries in new[] { true, false })
            {
                var compilation = InMemory.Compile(sources);
                var cpuBefore = CpuTime();
                var compile = Stopwatch.StartNew();
                var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
                compile.Stop();
                var compileCpu = CpuTime() - cpuBefore;
                if (errors > 0)
                    Console.Error.WriteLine($"warning: the synthetic code has {errors} compiler errors");

                var analyzers = InMemory.Analyzers();
                var withAnalyzers = compilation.WithAnalyzers(analyzers,
                    new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new InterproceduralSwitch(summaries)), null, concurrentAnalysis: !Sequential, logAnalyzerExecutionTime: true));
                cpuBefore = CpuTime();
                var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
                var analyzerCpu = CpuTime() - cpuBefore;
                var flow = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzers.First(a => a is ConsentFlowAnalyzer), default).GetAwaiter().GetResult().ExecutionTime;
                var all = analyzers.Aggregate(TimeSpan.Zero, (sum, a) => sum + withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, default).GetAwaiter().GetResult().ExecutionTime);
                var perAnalyzer = string.Join(", ", analyzers.Select(a => $"{a.GetType().Name.Replace("Analyzer", "")} {withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, default).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds:N0}"));
                if (summaries)
                    floors.Add(FloorPassCpu(sources).TotalMilliseconds);
                Console.WriteLine($"| {run + 1} summaries {(summaries ? "on" : "off")} | {compile.Elapsed.TotalMilliseconds:N0} | {flow.TotalMilliseconds:N0} | {all.TotalMilliseconds:N0} | {compileCpu.TotalMilliseconds:N0} | {analyzerCpu.TotalMilliseconds:N0} | {diagnostics.Count(d => d.Id.StartsWith("CG", StringComparison.Ordinal))} | {perAnalyzer} |");
            }
        }
        // The same analysis pass with a do-nothing analyzer: its CPU time is the driver's and the compiler's share of the pass.
        Console.WriteLine($"driver floor (a do-nothing analyzer, same pass), CPU ms per run: {string.Join(", ", floors.Select(f => f.ToString("N0")))}");
        return 0;
    }

    private static TimeSpan FloorPassCpu(IReadOnlyList<SyntheticCodebase.SourceFile> sources)
    {
        var compilation = InMemory.Compile(sources);
        compilation.GetDiagnostics();
        var floor = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DoNothingAnalyzer()));
        var before = CpuTime();
        floor.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return CpuTime() - before;
    }

    private static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <summary>Global analyzer options as a .globalconfig would give them: here, whether summaries are on.</summary>
    private sealed class InterproceduralSwitch(bool interprocedural) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(interprocedural);
        public override AnalyzerConfigOptions GlobalOptions => _options;
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(bool interprocedural) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = interprocedural ? "true" : "false";
                return key == ConsentModel.InterproceduralOption;
            }
        }
    }
}
