using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Benchmarks.Micro;

/// <summary>
/// ConsentGuard's own time in the IDE's request after a keystroke (<see cref="KeystrokeScenario"/>), read from the
/// analyzer driver's execution-time telemetry rather than as the difference of two wall-clock means: the difference
/// (<see cref="IdeAnalysisBenchmarks"/>: ConsentGuard − DriverFloor) carries the noise of both, which on a shared
/// machine is larger than the figure itself. Telemetry counts the time spent inside ConsentGuard's callbacks,
/// per-compilation model included (a keystroke makes a new compilation), and not the driver's own binding; it is wall
/// time inside the callbacks, so a busy machine inflates it. Next to it, the request's CPU time (the process's, since the driver runs callbacks on other threads too) with
/// ConsentGuard and with an analyzer that does nothing (<see cref="DoNothingAnalyzer"/>): their difference of medians
/// is ConsentGuard's own CPU, driver included, which other processes' load does not inflate.
/// </summary>
public static class IdeOwnCost
{
    public sealed record Options(int Rounds, int WarmUp, int ContextFiles, string? Case = null);

    public static int Run(Options options)
    {
        Console.WriteLine($"ide-cost: {options.Rounds} keystrokes per case after {options.WarmUp} warm-up ones, {options.ContextFiles} context files");
        Console.WriteLine("| case | CG findings | telemetry ms median | p10 | p90 | largest analyzer (median ms) | request CPU ms: ConsentGuard | floor | difference |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|---:|---:|---:|");
        foreach (var @case in MethodCases.All.Where(c => options.Case is null || c == options.Case))
        {
            var scenario = KeystrokeScenario.Create(@case, options.ContextFiles);
            var analyzers = InMemory.Analyzers();
            var totals = new List<double>();
            var perAnalyzer = analyzers.ToDictionary(a => a.GetType().Name, _ => new List<double>());
            var floor = ImmutableArray.Create<DiagnosticAnalyzer>(new DoNothingAnalyzer());
            var (withCpu, floorCpu) = (new List<double>(), new List<double>());
            var findings = 0;
            for (var round = 0; round < options.WarmUp + options.Rounds; round++)
            {
                var floorStart = CpuTime.OfThisProcess();
                scenario.Analyze(floor);
                var start = CpuTime.OfThisProcess();
                var (diagnostics, driver) = scenario.Analyze(analyzers, logTime: true);
                var end = CpuTime.OfThisProcess();
                if (round < options.WarmUp)
                    continue;
                if (end - start is { } cpu && start - floorStart is { } floorTime)
                {
                    withCpu.Add(cpu.TotalMilliseconds);
                    floorCpu.Add(floorTime.TotalMilliseconds);
                }
                findings = diagnostics.Count(d => d.Id.StartsWith("CG", StringComparison.Ordinal));
                var total = 0.0;
                foreach (var analyzer in analyzers)
                {
                    var ms = driver.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
                    perAnalyzer[analyzer.GetType().Name].Add(ms);
                    total += ms;
                }
                totals.Add(total);
            }
            var largest = perAnalyzer.OrderByDescending(p => Percentile(p.Value, 0.5)).First();
            var cpuColumns = withCpu.Count == 0 ? "n/a | n/a | n/a"
                : $"{Percentile(withCpu, 0.5):F3} | {Percentile(floorCpu, 0.5):F3} | {Percentile(withCpu, 0.5) - Percentile(floorCpu, 0.5):F3}";
            Console.WriteLine($"| {@case} | {findings} | {Percentile(totals, 0.5):F3} | {Percentile(totals, 0.1):F3} | {Percentile(totals, 0.9):F3} | {largest.Key} {Percentile(largest.Value, 0.5):F3} | {cpuColumns} |");
        }
        return 0;
    }

    private static double Percentile(List<double> values, double fraction)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(fraction * sorted.Count))];
    }
}
