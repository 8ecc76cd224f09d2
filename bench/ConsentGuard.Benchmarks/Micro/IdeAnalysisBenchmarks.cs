using System;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Benchmarks.Micro;

/// <summary>
/// One method analyzed as the IDE analyzes the document being typed in: after a keystroke in the method (a new
/// compilation, with the edited tree replaced), the semantic diagnostics of the method's span. <c>Compiler</c>
/// is the compiler's own diagnostics for that span on the same new compilation; <c>ConsentGuard</c> adds
/// ConsentGuard's analyzers, whose cost is the difference (including their per-compilation model, which a
/// new compilation makes them build again).
/// </summary>
[MemoryDiagnoser]
public class IdeAnalysisBenchmarks
{
    private KeystrokeScenario _scenario = null!;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;

    [ParamsSource(nameof(Cases))]
    public string Case { get; set; } = MethodCases.Typical;

    public static string[] Cases => MethodCases.All;

    /// <summary>The rest of the solution: an ordinary synthetic code base of this many files.</summary>
    [Params(200)]
    public int ContextFiles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _scenario = KeystrokeScenario.Create(Case, ContextFiles);
        _analyzers = InMemory.Analyzers();
        Console.WriteLine($"// {Case}: {ContextFiles + 1} files, the method's span has {ConsentGuard()} diagnostics");
    }

    [Benchmark(Baseline = true)]
    public int Compiler() => _scenario.CompilerOnly();

    [Benchmark]
    public int ConsentGuard() => _scenario.Analyze(_analyzers).Findings.Count(d => d.Id.StartsWith("CG", StringComparison.Ordinal));

    /// <summary>
    /// The analyzer driver's own share of <see cref="ConsentGuard"/>: the same request with an analyzer that asks for the
    /// same callbacks (operation blocks, syntax nodes, symbols) and does nothing. <c>ConsentGuard − DriverFloor</c> is
    /// ConsentGuard's own work; <c>DriverFloor − Compiler</c> is what any analyzer costs the IDE (the driver binds the
    /// method again on its own copy of the compilation).
    /// </summary>
    [Benchmark]
    public int DriverFloor() => _scenario.Analyze(ImmutableArray.Create<DiagnosticAnalyzer>(new DoNothingAnalyzer())).Findings.Length;
}
