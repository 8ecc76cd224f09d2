using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ConsentGuard.Analyzers.Generator;
using ConsentGuard.Benchmarks.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Benchmarks.Micro;

/// <summary>
/// The accessor generator's update after a keystroke in a file it has nothing to do with, as the IDE runs it: the
/// driver that already ran on the code base runs again on a compilation with that one tree replaced. The setup
/// asserts that every tracked step's outputs came out Cached or Unchanged, so the figure is that of a fully cached
/// update; <c>FirstRun</c> is the cold run on the whole code base, for scale.
/// </summary>
[MemoryDiagnoser]
public class GeneratorIncrementalBenchmarks
{
    private GeneratorDriver _warm = null!;
    private GeneratorDriver _cold = null!;
    private GeneratorDriver _floorWarm = null!;
    private Compilation _compilation = null!;
    private Compilation _edited = null!;

    [Params(200, 2000)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = InMemory.Compile(SyntheticCodebase.Generate(Files));
        // Measured as the IDE runs it, without step tracking (whose records, one per tree and step, cost more than the update).
        _cold = Driver(new ConsentAccessorGenerator(), track: false);
        _warm = _cold.RunGenerators(_compilation);
        _floorWarm = Driver(new FloorGenerator(), track: false).RunGenerators(_compilation);
        var tracked = Driver(new ConsentAccessorGenerator(), track: true).RunGenerators(_compilation);
        var generated = tracked.GetRunResult().GeneratedTrees.Length;
        if (generated == 0)
            throw new InvalidOperationException("the generator produced nothing for the code base: nothing to keep cached");

        // The unrelated file: ordinary business code with no personal data; the keystroke adds a space after its first '{'.
        var unrelated = _compilation.SyntaxTrees.First(t => t.FilePath.Contains("PlainBusinessCode", StringComparison.Ordinal));
        var text = unrelated.GetText();
        var brace = text.ToString().IndexOf('{', StringComparison.Ordinal);
        _edited = _compilation.ReplaceSyntaxTree(unrelated, unrelated.WithChangedText(text.WithChanges(new TextChange(new TextSpan(brace + 1, 0), " "))));

        // ConsentGuard's own steps (by their tracking names) and the source outputs. Roslyn's internal steps that take
        // the compilation itself ("Compilation", "compilationAndGroupedNodes_…") are Modified by any edit, by design.
        var update = tracked.RunGenerators(_edited).GetRunResult().Results.Single();
        string[] ours = [TrackingNames.SubjectAttributes, TrackingNames.PropertyTargetedSubjects, TrackingNames.Specs];
        // A step with no input in this code base (no [property: DataSubject] record) is not reported at all; the main one must be.
        if (!update.TrackedSteps.ContainsKey(TrackingNames.SubjectAttributes))
            throw new InvalidOperationException($"the driver did not report the step {TrackingNames.SubjectAttributes}: nothing was checked");
        var notCached = update.TrackedSteps.Where(step => ours.Contains(step.Key)).Concat(update.TrackedOutputSteps)
            .SelectMany(step => step.Value.SelectMany(run => run.Outputs).Select(output => (step.Key, output.Reason)))
            .Where(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .ToList();
        if (notCached.Count > 0)
            throw new InvalidOperationException("an unrelated edit re-ran generator steps: " + string.Join(", ", notCached.Select(o => $"{o.Key}={o.Reason}").Distinct()));
        Console.WriteLine($"// {Files} files: {generated} generated files; after the unrelated edit every tracked step is Cached/Unchanged ({update.TrackedSteps.Where(s => ours.Contains(s.Key)).Sum(s => s.Value.Length)} runs of ConsentGuard's steps, {update.TrackedOutputSteps.Sum(s => s.Value.Length)} output runs checked)");
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver UnrelatedEdit() => _warm.RunGenerators(_edited);

    /// <summary>The driver's own floor for the same unrelated edit: a generator with the same two inputs and no work.</summary>
    [Benchmark]
    public GeneratorDriver FloorUnrelatedEdit() => _floorWarm.RunGenerators(_edited);

    [Benchmark]
    public GeneratorDriver FirstRun() => _cold.RunGenerators(_compilation);

    private static GeneratorDriver Driver(IIncrementalGenerator generator, bool track) =>
        CSharpGeneratorDriver.Create([generator.AsSourceGenerator()], parseOptions: InMemory.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>
    /// Same inputs as ConsentGuard's generator (the [DataSubject] attribute look-up, and the per-tree search for
    /// positional record parameters with a [property: …] list), nothing computed from them and nothing emitted.
    /// (Before issue #9's change the second input was a CreateSyntaxProvider predicate over every node, and so was this floor's.)
    /// </summary>
    private sealed class FloorGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var subjects = context.SyntaxProvider.ForAttributeWithMetadataName("ConsentGuard.DataSubjectAttribute", static (_, _) => true, static (c, _) => c.TargetSymbol.Name);
            var records = context.CompilationProvider
                .SelectMany(static (compilation, _) => compilation.SyntaxTrees)
                .Select(static (tree, cancellationToken) => Parser.PropertyTargetedRecordParameters(tree, cancellationToken).Length)
                .Where(static found => found > 0);
            context.RegisterSourceOutput(subjects.Collect().Combine(records.Collect()), static (_, _) => { });
        }
    }
}
