using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using ConsentGuard.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Tests.Infrastructure;

/// <summary>Everything the ConsentGuard package puts into a consumer's compilation: analyzers, generators, the runtime reference.</summary>
internal static class ConsentGuardComponents
{
    private static readonly Assembly AnalyzerAssembly = typeof(DiagnosticDescriptors).Assembly;

    public static ImmutableArray<Type> AnalyzerTypes { get; } = AnalyzerAssembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToImmutableArray();

    public static ImmutableArray<Type> GeneratorTypes { get; } = AnalyzerAssembly.GetTypes()
        .Where(t => !t.IsAbstract && t.GetCustomAttribute<GeneratorAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToImmutableArray();

    public static ImmutableArray<DiagnosticAnalyzer> CreateAnalyzers() =>
        AnalyzerTypes.Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToImmutableArray();

    public static MetadataReference RuntimeReference { get; } = MetadataReference.CreateFromFile(typeof(Purposes).Assembly.Location);

    /// <summary>.NET 8 reference assemblies shipped in a package: nothing is downloaded at test time.</summary>
    public static ImmutableArray<MetadataReference> Net80References { get; } =
        Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().ToImmutableArray();
}
