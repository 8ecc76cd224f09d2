using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Tests.Infrastructure;

/// <summary>
/// "Generated code compiles whenever the input did": the generators add no compiler error the input did not already have.
/// An error in a generated file always counts. A new error in the user's files counts when the input compiled without the
/// generators, or when it is a clash with a generated declaration; otherwise it is the input's own error, reached once a
/// call of a generated member binds (a mutated input that calls <c>ForX</c> wrongly), and does not count.
/// </summary>
internal static class GeneratorCompileCheck
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>Errors of two declarations meeting: a generated member or type clashing with the user's.</summary>
    private static readonly HashSet<string> Clashes =
        ["CS0101", "CS0102", "CS0111", "CS0121", "CS0229", "CS0260", "CS0261", "CS0262", "CS0263", "CS0264", "CS0265", "CS0542", "CS0756", "CS0757", "CS0759", "CS8646"];

    public static IReadOnlyList<string> AddedErrors(IEnumerable<string> sources, string? consentGuardTxt = null, OutputKind kind = OutputKind.DynamicallyLinkedLibrary)
    {
        if (ConsentGuardComponents.GeneratorTypes.IsEmpty)
            return [];
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"/0/Test{i}.cs")).ToArray();
        Compilation input = CSharpCompilation.Create("GeneratorCheck", trees,
            ConsentGuardComponents.Net80References.Add(ConsentGuardComponents.RuntimeReference),
            new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
        var additional = consentGuardTxt is null
            ? ImmutableArray<AdditionalText>.Empty
            : ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/0/ConsentGuard.txt", consentGuardTxt));
        var generators = ConsentGuardComponents.GeneratorTypes
            .Select(t => Activator.CreateInstance(t)!)
            .Select(g => g is IIncrementalGenerator incremental ? incremental.AsSourceGenerator() : (ISourceGenerator)g)
            .ToArray();
        CSharpGeneratorDriver.Create(generators, additional, ParseOptions).RunGeneratorsAndUpdateCompilation(input, out var output, out _);

        static string Key(Diagnostic d) => $"{d.Id} {d.Location.SourceTree?.FilePath}:{d.Location.SourceSpan}";
        var inputErrors = input.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var before = inputErrors.Select(Key).ToHashSet();
        return output.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && !before.Contains(Key(d)))
            .Where(d => inputErrors.Count == 0 || d.Location.SourceTree is not { } tree || !trees.Contains(tree) || Clashes.Contains(d.Id))
            .Select(d => d + (d.Location.SourceTree is { } tree && !trees.Contains(tree) ? "\n--- in generated ---\n" + tree.GetText() : ""))
            .ToList();
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;
        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
