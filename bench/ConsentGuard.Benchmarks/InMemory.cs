using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConsentGuard.Analyzers.Analyzers;
using ConsentGuard.Benchmarks.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Benchmarks;

/// <summary>In-memory compilations of synthetic code, and ConsentGuard's analyzers, as the in-process benchmarks use them.</summary>
internal static class InMemory
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>.NET 8 reference assemblies and the ConsentGuard runtime (attributes, IConsentProvider).</summary>
    public static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(ConsentGuard.Purposes).Assembly.Location)).ToImmutableArray();

    public static CSharpCompilation Compile(IEnumerable<SyntheticCodebase.SourceFile> sources) =>
        CSharpCompilation.Create("Synthetic", sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, path: s.Path)), References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Every analyzer ConsentGuard ships, a new instance each (as a new analyzer host would load them).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers() =>
        typeof(ConsentFlowAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();
}
