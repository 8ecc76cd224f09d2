using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Tests.Infrastructure;

/// <summary>
/// "Generated code compiles whenever the input did", in the strong form: the generators add no compiler error that the
/// input did not already have. Errors the generated members remove (the input calls <c>ForX</c>) are fine; an error in a
/// generated file, or a new error in the user's files (a clash with a generated member), is not.
/// </summary>
internal static class GeneratorCompileCheck
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

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
        var before = input.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(Key).ToHashSet();
        return output.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && !before.Contains(Key(d)))
            .Select(d => d + (d.Location.SourceTree is { } tree && !trees.Contains(tree) ? "\n--- in generated ---\n" + tree.GetText() : ""))
            .ToList();
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;
        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
