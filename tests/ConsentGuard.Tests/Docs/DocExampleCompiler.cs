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

namespace ConsentGuard.Tests.Docs;

/// <summary>
/// Compiles code from the documentation as a net8.0 project referencing the ConsentGuard package would (C# 12,
/// nullable, implicit usings, the generator and every analyzer) and returns what the analyzers report.
/// </summary>
internal static class DocExampleCompiler
{
    public const string ConfigFileName = "ConsentGuard.txt";

    /// <summary>What <c>&lt;ImplicitUsings&gt;enable&lt;/ImplicitUsings&gt;</c> gives a Microsoft.NET.Sdk project.</summary>
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    /// <summary>
    /// Runs the generator and the analyzers on <paramref name="sources"/> (and <paramref name="consentGuardTxt"/> as
    /// the additional file ConsentGuard.txt). Fails, naming <paramref name="origin"/>, on any compiler error or
    /// warning (documentation code must be clean) and on any analyzer exception. Returns every analyzer diagnostic.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string origin, IEnumerable<(string Path, string Code)> sources, string? consentGuardTxt)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        var trees = sources
            .Select(s => CSharpSyntaxTree.ParseText(s.Code, parseOptions, s.Path))
            .Prepend(CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, "ImplicitUsings.g.cs"));
        var compilation = CSharpCompilation.Create(
            "DocExample",
            trees,
            ConsentGuardComponents.Net80References.Add(ConsentGuardComponents.RuntimeReference),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var additionalFiles = consentGuardTxt is null
            ? ImmutableArray<AdditionalText>.Empty
            : ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText(ConfigFileName, consentGuardTxt));

        var generators = ConsentGuardComponents.GeneratorTypes.Select(CreateGenerator);
        CSharpGeneratorDriver.Create(generators, additionalFiles, parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);

        var compilerProblems = generatorDiagnostics.Concat(generated.GetDiagnostics())
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();
        Assert.True(compilerProblems.Count == 0,
            $"{origin}: the example does not compile cleanly:{Environment.NewLine}{string.Join(Environment.NewLine, compilerProblems)}");

        var analyzers = ConsentGuardComponents.CreateAnalyzers();
        if (analyzers.IsEmpty)
            return ImmutableArray<Diagnostic>.Empty; // CompilationWithAnalyzers rejects an empty set; nothing can be reported

        var exceptions = new List<string>();
        var findings = await new CompilationWithAnalyzers(generated, analyzers, new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(additionalFiles),
                onAnalyzerException: (exception, analyzer, _) => { lock (exceptions) exceptions.Add($"{analyzer.GetType().Name}: {exception}"); },
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.True(exceptions.Count == 0, $"{origin}: an analyzer threw:{Environment.NewLine}{string.Join(Environment.NewLine, exceptions)}");
        return findings;
    }

    private static ISourceGenerator CreateGenerator(Type type) => Activator.CreateInstance(type) switch
    {
        IIncrementalGenerator incremental => incremental.AsSourceGenerator(),
        ISourceGenerator generator => generator,
        var other => throw new InvalidOperationException($"{type} is marked [Generator] but is neither kind of generator: {other}"),
    };

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
