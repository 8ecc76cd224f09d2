using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Tests.Infrastructure;

/// <summary>Runs every ConsentGuard analyzer and generator on arbitrary (possibly broken) source and collects any crash.</summary>
internal static class CrashHarness
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>Removes Roslyn test markup (<c>{|CG0001:</c> … <c>|}</c>) so the text is plain C#.</summary>
    public static string StripMarkup(string markup) => Regex.Replace(markup, @"\{\|[A-Z]+\d+:", "").Replace("|}", "");

    /// <summary>Analyzer exceptions, AD0001 diagnostics and generator exceptions for <paramref name="sources"/>; empty when nothing crashed.</summary>
    public static IReadOnlyList<string> Crashes(IEnumerable<string> sources, string? consentGuardTxt = null, DiagnosticAnalyzer? extraAnalyzer = null)
    {
        var (analyzed, analyzerOptions, generatorCrashes) = Prepare(sources, consentGuardTxt);
        var crashes = new ConcurrentBag<string>(generatorCrashes);
        var options = new CompilationWithAnalyzersOptions(analyzerOptions, (ex, analyzer, _) => crashes.Add(analyzer.GetType().Name + ": " + ex),
            concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var analyzers = ConsentGuardComponents.CreateAnalyzers();
        if (extraAnalyzer is not null)
            analyzers = analyzers.Add(extraAnalyzer);
        var diagnostics = analyzed.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        foreach (var diagnostic in diagnostics.Where(d => d.Id is "AD0001" or ConsentGuard.Analyzers.Diagnostics.DiagnosticIds.AnalysisFailed))
            crashes.Add(diagnostic.ToString());
        return crashes.ToArray();
    }

    /// <summary>
    /// What the analyzers see for <paramref name="sources"/>, as in a consumer's build: the compilation with the generators'
    /// output, the options that carry ConsentGuard.txt, and any generator exceptions.
    /// </summary>
    public static (Compilation Compilation, AnalyzerOptions Options, IReadOnlyList<string> GeneratorCrashes) Prepare(IEnumerable<string> sources, string? consentGuardTxt = null)
    {
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"/0/Test{i}.cs")).ToArray();
        var compilation = CSharpCompilation.Create("Robustness", trees,
            ConsentGuardComponents.Net80References.Add(ConsentGuardComponents.RuntimeReference),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        var crashes = new List<string>();

        var additional = consentGuardTxt is null
            ? ImmutableArray<AdditionalText>.Empty
            : ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/0/ConsentGuard.txt", consentGuardTxt));

        var generators = ConsentGuardComponents.GeneratorTypes
            .Select(t => Activator.CreateInstance(t)!)
            .Select(g => g is IIncrementalGenerator incremental ? incremental.AsSourceGenerator() : (ISourceGenerator)g)
            .ToArray();
        Compilation analyzed = compilation;
        if (generators.Length > 0)
        {
            var driver = CSharpGeneratorDriver.Create(generators, additional, ParseOptions).RunGeneratorsAndUpdateCompilation(compilation, out analyzed, out _);
            foreach (var result in driver.GetRunResult().Results)
                if (result.Exception is not null)
                    crashes.Add("generator: " + result.Exception);
        }
        return (analyzed, new AnalyzerOptions(additional), crashes);
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;
        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
