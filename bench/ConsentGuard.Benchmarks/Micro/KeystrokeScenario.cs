using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ConsentGuard.Benchmarks.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Benchmarks.Micro;

/// <summary>
/// The IDE's request after a keystroke in one method: the method <c>Subject.Run</c> of a <see cref="MethodCases"/> case,
/// in an ordinary synthetic code base, gets a space typed at the start of its body (a new compilation with that tree
/// replaced), and the semantic diagnostics of the method's span are asked for. Shared by the BenchmarkDotNet benchmark
/// (<see cref="IdeAnalysisBenchmarks"/>) and the telemetry measurement (<see cref="IdeOwnCost"/>).
/// </summary>
public sealed class KeystrokeScenario
{
    private readonly Parts _parts;

    private KeystrokeScenario(Parts parts) => _parts = parts;

    public string Case => _parts.Case;

    public int ContextFiles => _parts.Compilation.SyntaxTrees.Count() - 1;

    public static KeystrokeScenario Create(string @case, int contextFiles)
    {
        var sources = SyntheticCodebase.Generate(contextFiles).Append(new SyntheticCodebase.SourceFile(MethodCases.Path, MethodCases.Source(@case)));
        var compilation = InMemory.Compile(sources);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
            throw new InvalidOperationException($"the {@case} case does not compile: {errors[0]}");
        var subject = compilation.SyntaxTrees.Single(t => t.FilePath == MethodCases.Path);
        var method = subject.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "Run");
        var edited = subject.GetText().WithChanges(new TextChange(new TextSpan(method.Body!.OpenBraceToken.Span.End, 0), " "));
        return new KeystrokeScenario(new Parts(@case, compilation, subject, edited, new TextSpan(method.SpanStart, method.Span.Length + 1)));
    }

    /// <summary>The compiler's own diagnostics for the method's span, on the compilation after the keystroke.</summary>
    public int CompilerOnly()
    {
        var (compilation, tree) = Keystroke();
        return compilation.GetSemanticModel(tree).GetDiagnostics(_parts.Method).Length;
    }

    /// <summary>
    /// The whole request with <paramref name="analyzers"/>: the compiler's diagnostics of the span, then the analyzers'.
    /// Returns the analyzers' findings and the driver that ran them (for its telemetry when <paramref name="logTime"/>).
    /// </summary>
    public (ImmutableArray<Diagnostic> Findings, CompilationWithAnalyzers Driver) Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers, bool logTime = false)
    {
        var (compilation, tree) = Keystroke();
        var driver = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: logTime));
        var model = compilation.GetSemanticModel(tree);
        _ = model.GetDiagnostics(_parts.Method);
        var findings = driver.GetAnalyzerSemanticDiagnosticsAsync(model, _parts.Method, CancellationToken.None).GetAwaiter().GetResult();
        if (findings.FirstOrDefault(d => d.Id is "AD0001" or "CG0012") is { } failure)
            throw new InvalidOperationException($"ConsentGuard failed on {Case}: {failure}");
        return (findings, driver);
    }

    private (Compilation, SyntaxTree) Keystroke()
    {
        var tree = _parts.Subject.WithChangedText(_parts.Edited);
        return (_parts.Compilation.ReplaceSyntaxTree(_parts.Subject, tree), tree);
    }

    /// <summary>The code base, the tree typed in, its text after the keystroke, and the method's span in it.</summary>
    private sealed record Parts(string Case, Compilation Compilation, SyntaxTree Subject, SourceText Edited, TextSpan Method);
}
