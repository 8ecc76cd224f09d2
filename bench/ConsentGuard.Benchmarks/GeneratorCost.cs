using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using ConsentGuard.Analyzers.Generator;
using ConsentGuard.Benchmarks.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConsentGuard.Benchmarks;

/// <summary>
/// The accessor generator's cold cost, as in a full build: every run gets freshly parsed trees and a new compilation
/// (nothing realized or bound beforehand), and one driver runs one generator on it. Next to ConsentGuard's generator
/// run generators that do one piece of its work each, so the table says where the time goes: the driver alone, the
/// [DataSubject] attribute look-up alone, a syntax-provider walk over every node alone. A measurement, printed; never
/// an assertion.
/// </summary>
internal static class GeneratorCost
{
    private sealed record Variant(string Name, string Meaning, Func<IIncrementalGenerator> Create);

    private static readonly Variant[] Variants =
    [
        new("none", "do-nothing generator (the driver's own cost)", () => new NothingGenerator()),
        new("attribute", "ForAttributeWithMetadataName on [DataSubject], trivial transform", () => new AttributeOnlyGenerator()),
        new("walk", "CreateSyntaxProvider with a predicate that is always false (the walk over every node)", () => new WalkOnlyGenerator()),
        new("consentguard", "ConsentAccessorGenerator", () => new ConsentAccessorGenerator()),
        new("consentguard+walk", "ConsentAccessorGenerator plus the CreateSyntaxProvider it used before (issue #9), whose predicate finds nothing here", () => new WithFormerWalkGenerator()),
    ];

    public static int Run(IReadOnlyList<int> sizes, int seed, int repeat)
    {
        foreach (var files in sizes)
        {
            var sources = SyntheticCodebase.Generate(files, seed);
            Console.WriteLine($"\n## {sources.Count:N0} files (seed {seed}), median of {repeat} cold runs per generator\n");
            Console.WriteLine("| generator | what | wall RunGenerators (ms) | CPU (ms) | driver's ElapsedTime for the generator (ms) | generated files |");
            Console.WriteLine("|---|---|---:|---:|---:|---:|");
            var steps = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            var wall = Variants.ToDictionary(v => v, _ => new List<double>());
            var cpu = Variants.ToDictionary(v => v, _ => new List<double>());
            var elapsed = Variants.ToDictionary(v => v, _ => new List<double>());
            var generated = Variants.ToDictionary(v => v, _ => 0);
            // Round-robin, so that a load spike on the (shared) machine spreads over every generator instead of one.
            for (var run = 0; run < repeat; run++)
            {
                foreach (var variant in Variants)
                {
                    // Untracked, as the compiler runs it: the wall and CPU figures.
                    var cold = RunCold(sources, variant.Create(), track: false);
                    if (cold.Result.Exception is not null)
                        throw new InvalidOperationException($"{variant.Name} threw", cold.Result.Exception);
                    wall[variant].Add(cold.Milliseconds);
                    cpu[variant].Add(cold.CpuMilliseconds);
                    elapsed[variant].Add(cold.DriverMilliseconds);
                    generated[variant] = cold.Result.GeneratedSources.Length;
                }
            }
            foreach (var variant in Variants)
                Console.WriteLine($"| {variant.Name} | {variant.Meaning} | {Median(wall[variant]):N1} | {Median(cpu[variant]):N1} | {Median(elapsed[variant]):N1} | {generated[variant]} |");

            // Tracked (records one entry per tree and step, so slower overall): where ConsentGuard's time goes, by step.
            for (var run = 0; run < repeat; run++)
            {
                var (result, _, _, _) = RunCold(sources, new ConsentAccessorGenerator(), track: true);
                foreach (var step in result.TrackedSteps.Concat(result.TrackedOutputSteps))
                {
                    if (!steps.TryGetValue(step.Key, out var times))
                        steps[step.Key] = times = [];
                    times.Add(step.Value.Sum(s => s.ElapsedTime.TotalMilliseconds));
                }
            }
            Console.WriteLine($"\nConsentGuard's steps, tracked run (median of the summed step times, ms):\n");
            Console.WriteLine("| step | ms |");
            Console.WriteLine("|---|---:|");
            foreach (var step in steps.OrderByDescending(s => Median(s.Value)))
                Console.WriteLine($"| {step.Key} | {Median(step.Value):N1} |");
        }
        return 0;
    }

    /// <summary>One cold run: parse (untimed), compile (untimed), then time the driver's run of the one generator.</summary>
    private static (GeneratorRunResult Result, double Milliseconds, double CpuMilliseconds, double DriverMilliseconds) RunCold(IReadOnlyList<SyntheticCodebase.SourceFile> sources, IIncrementalGenerator generator, bool track)
    {
        var compilation = InMemory.Compile(sources);
        GeneratorDriver driver = CSharpGeneratorDriver.Create([generator.AsSourceGenerator()], parseOptions: InMemory.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));
        // The previous run's garbage is collected now, not inside this run's timing.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        // CPU time next to wall time: on a loaded machine the wall time grows with the load, the CPU time much less.
        var cpuBefore = CpuTime();
        var watch = Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        watch.Stop();
        var cpu = CpuTime() - cpuBefore;
        // The driver's own timing of the generator (GetTimingInfo; what -p:ReportAnalyzer reports per generator).
        var timing = driver.GetTimingInfo().GeneratorTimes.Single().ElapsedTime;
        return (driver.GetRunResult().Results.Single(), watch.Elapsed.TotalMilliseconds, cpu.TotalMilliseconds, timing.TotalMilliseconds);
    }

    private static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private sealed class NothingGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
        }
    }

    /// <summary>The attribute look-up ConsentGuard's generator starts from, with a transform that costs nothing.</summary>
    private sealed class AttributeOnlyGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var names = context.SyntaxProvider.ForAttributeWithMetadataName("ConsentGuard.DataSubjectAttribute",
                static (node, _) => node is PropertyDeclarationSyntax or VariableDeclaratorSyntax or ParameterSyntax, static (c, _) => c.TargetSymbol.Name);
            context.RegisterSourceOutput(names, static (_, _) => { });
        }
    }

    /// <summary>
    /// ConsentGuard's generator as it was before its per-tree record search: the same pipeline plus a
    /// CreateSyntaxProvider with the former predicate (a positional record parameter with a [property: …] list). The
    /// synthetic code base has no such parameter, so the former transform never ran and a trivial one stands in.
    /// </summary>
    private sealed class WithFormerWalkGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            new ConsentAccessorGenerator().Initialize(context);
            var former = context.SyntaxProvider.CreateSyntaxProvider(
                static (node, _) => node is ParameterSyntax { Parent.Parent: RecordDeclarationSyntax } parameter
                    && parameter.AttributeLists.Any(list => list.Target?.Identifier.IsKind(SyntaxKind.PropertyKeyword) == true),
                static (_, _) => 0);
            context.RegisterSourceOutput(former, static (_, _) => { });
        }
    }

    /// <summary>A syntax provider whose predicate accepts nothing: what remains is the driver's walk over every node of every tree.</summary>
    private sealed class WalkOnlyGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var nothing = context.SyntaxProvider.CreateSyntaxProvider(static (_, _) => false, static (_, _) => 0);
            context.RegisterSourceOutput(nothing, static (_, _) => { });
        }
    }
}
