using System;
using System.Collections.Immutable;
using System.Linq;
using ConsentGuard.Analyzers.Generator;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConsentGuard.Tests.Generator;

/// <summary>Runs <see cref="ConsentAccessorGenerator"/> alone on source, the way the compiler would, with .NET 8 references.</summary>
internal static class GeneratorHarness
{
    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.Latest) =>
        new(version, DocumentationMode.Diagnose);

    /// <summary>Nullable on, every warning an error, documentation diagnostics on: the strictest build a consumer might have.</summary>
    public static CSharpCompilationOptions StrictOptions { get; } =
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            .WithGeneralDiagnosticOption(ReportDiagnostic.Error);

    public static CSharpCompilation Compilation(string source, LanguageVersion version = LanguageVersion.Latest, string assemblyName = "Subject") =>
        CSharpCompilation.Create(assemblyName,
            [CSharpSyntaxTree.ParseText(source, ParseOptions(version), path: "/0/Subject.cs")],
            ConsentGuardComponents.Net80References.Add(ConsentGuardComponents.RuntimeReference),
            StrictOptions);

    public static GeneratorDriver CreateDriver(LanguageVersion version = LanguageVersion.Latest, bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            [new ConsentAccessorGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions(version),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The generated files and the compilation with them added; throws when the generator itself threw.</summary>
    public static GeneratorRun Run(string source, LanguageVersion version = LanguageVersion.Latest)
    {
        var input = Compilation(source, version);
        CreateDriver(version).RunGeneratorsAndUpdateCompilation(input, out var output, out var generatorDiagnostics);
        var result = CreateDriver(version).RunGenerators(input).GetRunResult().Results.Single();
        if (result.Exception is not null)
            throw new InvalidOperationException("the generator threw", result.Exception);
        var sources = result.GeneratedSources.ToImmutableDictionary(s => s.HintName, s => s.SourceText.ToString());
        return new GeneratorRun(input, output, sources, generatorDiagnostics);
    }
}

internal sealed record GeneratorRun(Compilation Input, Compilation Output, ImmutableDictionary<string, string> Sources, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>Errors and warnings (warnings are errors here) of the compilation including the generated files.</summary>
    public ImmutableArray<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    /// <summary>Problems located in generated files only.</summary>
    public ImmutableArray<Diagnostic> GeneratedCodeProblems =>
        CompilationProblems.Where(d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true).ToImmutableArray();

    public string Single() => Assert.Single(Sources).Value;

    /// <summary>Fails with every diagnostic in full, and the generated line it points at.</summary>
    public static void AssertNone(System.Collections.Generic.IEnumerable<Diagnostic> diagnostics)
    {
        var problems = diagnostics.Select(d => d + (d.Location.SourceTree is { } tree ? "\n    at: " + tree.GetText().Lines[d.Location.GetLineSpan().StartLinePosition.Line].ToString().Trim() : "")).ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems));
    }
}
