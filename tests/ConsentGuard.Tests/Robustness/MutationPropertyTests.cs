using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Tests.Robustness;

/// <summary>
/// Every case of the repository (<see cref="TestPaths.ExtraCases"/>) under each of <see cref="CaseMutations.All"/>: no analyzer or generator crashes, the generators add
/// no compiler error the mutated input did not have, and meaning-preserving mutations (partial types spread over files)
/// leave the findings unchanged.
/// </summary>
public sealed class MutationPropertyTests
{
    public static TheoryData<string> Mutations() => new(CaseMutations.All.Select(m => m.Name));

    private static IEnumerable<(string Name, string Source, string? Config)> Cases() =>
        Directory.GetFiles(TestPaths.ExtraCases, "*.cs").OrderBy(f => f, StringComparer.Ordinal).Select(f =>
        {
            var config = Path.ChangeExtension(f, ".ConsentGuard.txt");
            return (Path.GetFileNameWithoutExtension(f), CrashHarness.StripMarkup(File.ReadAllText(f)), File.Exists(config) ? File.ReadAllText(config) : null);
        });

    /// <summary>How many compilations the suite runs (reported by docs/testing.md): cases × mutations.</summary>
    [Fact]
    public void Every_mutation_changes_some_case()
    {
        foreach (var mutation in CaseMutations.All)
            Assert.True(Cases().Any(c => !mutation.Apply(c.Source).SequenceEqual([c.Source])), mutation.Name + " changes no case");
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public void No_crash_and_generated_code_adds_no_error(string name)
    {
        var mutation = CaseMutations.All.Single(m => m.Name == name);
        var failures = new List<string>();
        foreach (var (caseName, source, config) in Cases())
        {
            var sources = mutation.Apply(source);
            var kind = name == "top-level-statements" ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
            foreach (var crash in CrashHarness.Crashes(sources, config))
                failures.Add($"{caseName}: crash {crash}\n--- on ---\n{string.Join("\n--- next file ---\n", sources)}");
            foreach (var error in GeneratorCompileCheck.AddedErrors(sources, config, kind))
                failures.Add($"{caseName}: the generator adds {error}\n--- to ---\n{string.Join("\n--- next file ---\n", sources)}");
        }
        Assert.True(failures.Count == 0, string.Join("\n=====\n", failures.Take(3)));
    }

    /// <summary>Generated flow programs (richer bodies than the cases) truncated and edited as <see cref="TruncationTests"/> does.</summary>
    [Fact]
    public void Generated_programs_truncated_or_edited_do_not_crash()
    {
        var pcg = CsCheck.PCG.Parse("7EA5E1E55C0DE5EED");
        var failures = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var source = Properties.FlowRenderer.Render(Properties.FlowGen.Program.Generate(pcg, null, out _)).Source;
            var body = source.IndexOf("public async Task Run", StringComparison.Ordinal);
            // Variants cut inside the generated body (and the helpers after it), not in the fixed domain before it.
            foreach (var variant in TruncationTests.Variants(source[body..], seed: i).Select(v => source[..body] + v))
                foreach (var crash in CrashHarness.Crashes([variant]))
                    failures.Add(crash + "\n--- on ---\n" + variant);
        }
        Assert.True(failures.Count == 0, string.Join("\n=====\n", failures.Take(3)));
    }

    [Fact]
    public void Splitting_types_over_files_changes_no_finding()
    {
        var failures = new List<string>();
        foreach (var (caseName, source, config) in Cases())
        {
            var split = CaseMutations.SplitPartials(source);
            if (split.Length < 2)
                continue;
            var before = Findings([source], config);
            var after = Findings(split, config);
            if (!before.SequenceEqual(after))
                failures.Add($"{caseName}: before [{string.Join(", ", before)}], after [{string.Join(", ", after)}]\n--- split into ---\n{string.Join("\n--- next file ---\n", split)}");
        }
        Assert.True(failures.Count == 0, string.Join("\n=====\n", failures.Take(3)));
    }

    /// <summary>
    /// Warnings and errors with a CG ID as "ID `text at the location`", sorted. Locations differ between the versions, and
    /// so may the whitespace inside a reported span (the split re-formats the declarations it moves: <c>[.. xs]</c> becomes
    /// <c>[..xs]</c>), so the text is compared without whitespace.
    /// </summary>
    private static List<string> Findings(string[] sources, string? config)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parse, path: $"/0/Test{i}.cs")).ToArray();
        var compilation = CSharpCompilation.Create("Split", trees, ConsentGuardComponents.Net80References.Add(ConsentGuardComponents.RuntimeReference),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var additional = config is null ? [] : System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(new Text("/0/ConsentGuard.txt", config));
        var diagnostics = compilation.WithAnalyzers(ConsentGuardComponents.CreateAnalyzers(), new AnalyzerOptions(additional))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return diagnostics
            .Where(d => d.Id.StartsWith("CG", StringComparison.Ordinal) && d.Severity >= DiagnosticSeverity.Warning && d.Location.IsInSource)
            .Select(d => $"{d.Id} `{Regex.Replace(d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan), @"\s+", "")}`")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
    }

    private sealed class Text(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;
        public override Microsoft.CodeAnalysis.Text.SourceText GetText(System.Threading.CancellationToken cancellationToken = default) =>
            Microsoft.CodeAnalysis.Text.SourceText.From(text);
    }
}
