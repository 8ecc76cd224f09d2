using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Cli.Analysis;

/// <summary>
/// Runs ConsentGuard's analyzers on a compilation the way the build does (the project's .editorconfig and
/// additional files, compiler diagnostics too), but also returns suppressed diagnostics, marked, so the audit
/// can list them with their justification.
/// </summary>
internal static class ConsentGuardAnalysis
{
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, AnalyzerOptions? options, CancellationToken cancellationToken)
    {
        options ??= new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        var withAnalyzers = compilation.WithAnalyzers(
            ConsentGuardComponents.CreateAnalyzers(),
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));
        // Compiler and analyzer diagnostics in one pass: the compiler's are needed to say when the code does not compile.
        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        return diagnostics.AddRange(GeneratorDiagnostics(compilation, options, diagnostics, cancellationToken));
    }

    /// <summary>
    /// Diagnostics our generators report (a generator's, unlike an analyzer's, are not in the compilation, and the
    /// workspace does not expose them). The generated sources are discarded: the project's own generator run made them.
    /// </summary>
    private static IEnumerable<Diagnostic> GeneratorDiagnostics(Compilation compilation, AnalyzerOptions options, ImmutableArray<Diagnostic> already, CancellationToken cancellationToken)
    {
        var generators = ConsentGuardComponents.CreateGenerators();
        if (generators.IsEmpty || compilation is not CSharpCompilation csharp)
            return Enumerable.Empty<Diagnostic>();
        var parseOptions = csharp.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions ?? CSharpParseOptions.Default;
        var driver = CSharpGeneratorDriver.Create(generators, options.AdditionalFiles, parseOptions, options.AnalyzerConfigOptionsProvider);
        var reported = driver.RunGenerators(compilation, cancellationToken).GetRunResult().Diagnostics;
        var seen = already.Select(d => (d.Id, d.Location)).ToHashSet();
        return reported.Where(d => seen.Add((d.Id, d.Location)));
    }
}
