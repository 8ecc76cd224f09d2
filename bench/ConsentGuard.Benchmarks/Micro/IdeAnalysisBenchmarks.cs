using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using ConsentGuard.Benchmarks.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

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
    private CSharpCompilation _compilation = null!;
    private SyntaxTree _subject = null!;
    private SourceText _edited = null!;
    private TextSpan _method;
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
        var sources = SyntheticCodebase.Generate(ContextFiles).Append(new SyntheticCodebase.SourceFile(MethodCases.Path, MethodCases.Source(Case)));
        _compilation = InMemory.Compile(sources);
        var errors = _compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
            throw new InvalidOperationException($"the {Case} case does not compile: {errors[0]}");
        _subject = _compilation.SyntaxTrees.Single(t => t.FilePath == MethodCases.Path);
        var text = _subject.GetText();
        // The keystroke: a space typed at the start of the method's first statement line.
        var body = _subject.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "Run");
        _edited = text.WithChanges(new TextChange(new TextSpan(body.Body!.OpenBraceToken.Span.End, 0), " "));
        _method = new TextSpan(body.SpanStart, body.Span.Length + 1);
        _analyzers = InMemory.Analyzers();
        var findings = AnalyzeSpan();
        Console.WriteLine($"// {Case}: {_compilation.SyntaxTrees.Count()} files, the method's span has {findings} ConsentGuard findings");
    }

    [Benchmark(Baseline = true)]
    public int Compiler()
    {
        var (compilation, tree) = Keystroke();
        return compilation.GetSemanticModel(tree).GetDiagnostics(_method).Length;
    }

    [Benchmark]
    public int ConsentGuard() => AnalyzeSpan();

    /// <summary>
    /// The analyzer driver's own share of <see cref="ConsentGuard"/>: the same request with an analyzer that asks for the
    /// same callbacks (operation blocks, syntax nodes, symbols) and does nothing. <c>ConsentGuard − DriverFloor</c> is
    /// ConsentGuard's own work; <c>DriverFloor − Compiler</c> is what any analyzer costs the IDE (the driver binds the
    /// method again on its own copy of the compilation).
    /// </summary>
    [Benchmark]
    public int DriverFloor() => AnalyzeSpan(ImmutableArray.Create<DiagnosticAnalyzer>(new DoNothingAnalyzer()));

    private int AnalyzeSpan() => AnalyzeSpan(_analyzers);

    private int AnalyzeSpan(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var (compilation, tree) = Keystroke();
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var model = compilation.GetSemanticModel(tree);
        var compilerDiagnostics = model.GetDiagnostics(_method);
        var diagnostics = withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, _method, CancellationToken.None).GetAwaiter().GetResult();
        if (diagnostics.Any(d => d.Id is "AD0001" or "CG0012"))
            throw new InvalidOperationException($"ConsentGuard failed on {Case}: {diagnostics.First(d => d.Id is "AD0001" or "CG0012")}");
        return compilerDiagnostics.Length + diagnostics.Count(d => d.Id.StartsWith("CG", StringComparison.Ordinal));
    }

    private (Compilation, SyntaxTree) Keystroke()
    {
        var tree = _subject.WithChangedText(_edited);
        return (_compilation.ReplaceSyntaxTree(_subject, tree), tree);
    }
}
