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
    ];

    public static int Run(IReadOnlyList<int> sizes, int seed, int repeat)
    {
        foreach (var files in sizes)
        {
            var sources = SyntheticCodebase.Generate(files, seed);
            Console.WriteLine($"\n## {sources.Count:N0} files (seed {seed}), median of {repeat} cold runs per generator\n");
            Console.WriteLine("| generator | what | wall RunGenerators (ms) | driver's ElapsedTime for the generator (ms) | generated files |");
            Console.WriteLine("|---|---|---:|---:|---:|");
            var steps = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            foreach (var variant in Variants)
            {
                var wall = new List<double>();
                var elapsed = new List<double>();
                var generated = 0;
                for (var run = 0; run < repeat; run++)
                {
                    // Untracked, as the compiler runs it: the wall figure.
                    var (result, time, driverTime) = RunCold(sources, variant.Create(), track: false);
                    wall.Add(time);
                    elapsed.Add(driverTime);
                    generated = result.GeneratedSources.Length;
                    if (result.Exception is not null)
                        throw new InvalidOperationException($"{variant.Name} threw", result.Exception);
                }
                Console.WriteLine($"| {variant.Name} | {variant.Meaning} | {Median(wall):N1} | {Median(elapsed):N1} | {generated} |");
            }

            // Tracked (records one entry per tree and step, so slower overall): where ConsentGuard's time goes, by step.
            for (var run = 0; run < repeat; run++)
            {
                var (result, _, _) = RunCold(sources, new ConsentAccessorGenerator(), track: true);
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
    private static (GeneratorRunResult Result, double Milliseconds, double DriverMilliseconds) RunCold(IReadOnlyList<SyntheticCodebase.SourceFile> sources, IIncrementalGenerator generator, bool track)
    {
        var compilation = InMemory.Compile(sources);
        GeneratorDriver driver = CSharpGeneratorDriver.Create([generator.AsSourceGenerator()], parseOptions: InMemory.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));
        // The previous run's garbage is collected now, not inside this run's timing.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        driver = driver.RunGenerators(compilation);
        watch.Stop();
        // The driver's own timing of the generator (GetTimingInfo; what -p:ReportAnalyzer reports per generator).
        var timing = driver.GetTimingInfo().GeneratorTimes.Single().ElapsedTime;
        return (driver.GetRunResult().Results.Single(), watch.Elapsed.TotalMilliseconds, timing.TotalMilliseconds);
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
