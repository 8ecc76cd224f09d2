using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
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
        // No generator run here: ConsentGuard's generator reports no diagnostics (CG0006 and CG0011 come from an analyzer),
        // and the project's own generator run already put the generated sources into the compilation.
        return diagnostics;
    }
}
