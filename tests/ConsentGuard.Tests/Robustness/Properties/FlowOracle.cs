using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Tests.Robustness.Properties;

/// <summary>Thrown when a generated program does not compile: a bug of the grammar, not of the analyzer.</summary>
internal sealed class GrammarBugException(string message) : Exception(message);

/// <summary>Runs the analyzers (and generators) on a rendered program and compares their findings with the reference verdicts.</summary>
internal static class FlowOracle
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly CSharpCompilationOptions CompilationOptions =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true);

    private static readonly CSharpCompilation Empty = CSharpCompilation.Create("Property", [],
        ConsentGuardComponents.Net80References.Add(ConsentGuardComponents.RuntimeReference), CompilationOptions);

    /// <summary>The authoritative check: Microsoft.CodeAnalysis.Testing on the program's markup. Throws on disagreement.</summary>
    public static Task VerifyAsync(RenderedProgram program) => ConsentGuardTest.VerifyAsync(program.Markup);

    /// <summary>
    /// The same comparison in one pass (no markup round trips, no extra verifier passes): used to screen and to shrink.
    /// Null when the analyzer agrees; otherwise what differs.
    /// </summary>
    public static async Task<string?> DisagreementAsync(RenderedProgram program)
    {
        var tree = CSharpSyntaxTree.ParseText(program.Source, ParseOptions, path: "/0/Test0.cs");
        // Derived from one empty compilation, so the reference assemblies are bound once, not once per program.
        Compilation compilation = Empty.AddSyntaxTrees(tree);
        var generators = ConsentGuardComponents.GeneratorTypes
            .Select(t => Activator.CreateInstance(t)!)
            .Select(g => g is IIncrementalGenerator incremental ? incremental.AsSourceGenerator() : (ISourceGenerator)g)
            .ToArray();
        if (generators.Length > 0)
            CSharpGeneratorDriver.Create(generators, parseOptions: ParseOptions).RunGeneratorsAndUpdateCompilation(compilation, out compilation, out _);

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
            throw new GrammarBugException("generated program does not compile:\n" + string.Join("\n", errors.Take(5)) + "\n" + program.Markup);

        var crashes = new List<string>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), (ex, analyzer, _) => crashes.Add(analyzer.GetType().Name + ": " + ex),
            concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(ConsentGuardComponents.CreateAnalyzers(), options).GetAnalyzerDiagnosticsAsync();
        var actual = diagnostics
            .Where(d => !d.IsSuppressed && d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree == tree)
            .Select(d => new ExpectedDiagnostic(d.Id, d.Location.SourceSpan.Start, d.Location.SourceSpan.Length))
            .ToList();
        crashes.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));

        var missing = program.Expected.Except(actual).ToList();
        var unexpected = actual.Except(program.Expected).ToList();
        if (missing.Count == 0 && unexpected.Count == 0 && crashes.Count == 0)
            return null;
        var lines = new List<string>();
        lines.AddRange(crashes.Select(c => "crash: " + c));
        lines.AddRange(missing.Select(d => $"expected {d.Id} at `{program.Source.Substring(d.Start, d.Length)}`, got {Actual(d, actual)}"));
        lines.AddRange(unexpected.Where(u => !missing.Any(m => Overlaps(m, u)))
            .Select(d => $"unexpected {d.Id} at `{program.Source.Substring(d.Start, d.Length)}` (line {program.Source[..d.Start].Count(c => c == '\n') + 1})"));
        return string.Join("\n", lines);
    }

    private static bool Overlaps(ExpectedDiagnostic a, ExpectedDiagnostic b) => a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

    private static string Actual(ExpectedDiagnostic expected, List<ExpectedDiagnostic> actual)
    {
        var here = actual.Where(a => Overlaps(a, expected)).ToList();
        return here.Count == 0 ? "nothing" : string.Join(", ", here.Select(a => a.Id + (a.Start == expected.Start && a.Length == expected.Length ? "" : $" at [{a.Start}..{a.Start + a.Length})")));
    }
}
