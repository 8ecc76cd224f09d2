using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Cli.Analysis;
using ConsentGuard.Cli.Inventory;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConsentGuard.Cli.Tests.Infrastructure;

/// <summary>An in-memory compilation of C# files against .NET 8 and ConsentGuard, analyzed as the CLI analyzes a project.</summary>
internal sealed class TestCompilation
{
    private TestCompilation(CSharpCompilation compilation, ImmutableArray<Diagnostic> diagnostics)
    {
        Compilation = compilation;
        Diagnostics = diagnostics;
    }

    public CSharpCompilation Compilation { get; }
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public static MetadataReference RuntimeReference { get; } = MetadataReference.CreateFromFile(typeof(Purposes).Assembly.Location);

    public static CSharpCompilation Compile(string assemblyName, params (string Path, string Source)[] files) =>
        Compile(assemblyName, new[] { RuntimeReference }, files);

    public static CSharpCompilation Compile(string assemblyName, MetadataReference[] references, params (string Path, string Source)[] files) =>
        CSharpCompilation.Create(
            assemblyName,
            files.Select(f => CSharpSyntaxTree.ParseText(f.Source, new CSharpParseOptions(LanguageVersion.Latest), path: f.Path)),
            Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().Concat(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static async Task<TestCompilation> AnalyzeAsync(CSharpCompilation compilation)
    {
        var compilerErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (compilerErrors.Count > 0)
            throw new InvalidOperationException("The test code does not compile: " + string.Join(Environment.NewLine, compilerErrors));
        var diagnostics = await ConsentGuardAnalysis.AnalyzeAsync(compilation, options: null, CancellationToken.None);
        return new TestCompilation(compilation, diagnostics);
    }

    public ProjectInventory Inventory(string project = "Sample") =>
        AuditInventory.Build(Compilation, Diagnostics, new AuditInventoryOptions { ProjectName = project, RootDirectory = "/src" });
}
