using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Tests.Governance;

/// <summary>
/// Runs ConsentGuard's analyzers and the baseline suppressor as the compiler does (suppressed diagnostics kept and
/// marked, as SARIF and the audit see them). Microsoft.CodeAnalysis.Testing 1.1.4 does not run suppressors.
/// </summary>
internal static class BaselineHarness
{
    public sealed record Found(string Id, int Line, bool Suppressed, string? Justification, string Path);

    public static async Task<IReadOnlyList<Found>> AnalyzeAsync(string code, string baseline, string path = "/src/ConsentGuard.baseline.json")
    {
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), "/src/Test0.cs");
        var compilation = CSharpCompilation.Create("BaselineTest", [tree],
            ConsentGuardComponents.Net80References.Add(ConsentGuardComponents.RuntimeReference),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new TextFile(path, baseline)));
        var exceptions = new List<string>();
        var diagnostics = await compilation.WithAnalyzers(ConsentGuardComponents.CreateAnalyzers(), new CompilationWithAnalyzersOptions(options,
                (exception, analyzer, _) => { lock (exceptions) exceptions.Add($"{analyzer.GetType().Name}: {exception}"); },
                concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.True(exceptions.Count == 0, string.Join(Environment.NewLine, exceptions));
        return diagnostics
            .Where(d => d.Id.StartsWith("CG", StringComparison.Ordinal) && d.Id != "CG0006")
            .Select(d => new Found(d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.IsSuppressed,
                d.GetSuppressionInfo(compilation) is { ProgrammaticSuppressions: { IsDefaultOrEmpty: false } s } ? s[0].Descriptor.Justification.ToString() : null,
                d.Location.GetLineSpan().Path))
            .OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
    }

    private sealed class TextFile(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
