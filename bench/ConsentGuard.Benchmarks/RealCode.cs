using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Benchmarks;

/// <summary>
/// `real`: ConsentGuard on code nobody here wrote (issue #16). Every <c>.cs</c> file under a folder in one compilation
/// (.NET 8 reference assemblies, the ConsentGuard runtime as a package reference would add it), then, in one process and
/// interleaved per round: the compiler's own binding (<c>GetDiagnostics</c>), ConsentGuard's analyzers, the SDK's dataflow
/// security rules CA3001–CA3012, and a do-nothing analyzer (the driver's floor). Each on a fresh compilation of the same
/// trees, single-threaded (no concurrent build, no concurrent analysis), so that CPU time is the figure that survives a busy
/// machine; the analyzers' own times are the driver's execution-time telemetry.
/// </summary>
internal static class RealCode
{
    private static readonly string[] PeerRules = Enumerable.Range(1, 12).Select(n => $"CA30{n:00}").ToArray();

    public sealed record Options(string Source, string[] Defines, string? Config, int Repeat, bool SkipPeer, bool ImplicitUsings);

    /// <summary>What the SDK's <c>ImplicitUsings</c> adds to a class library.</summary>
    private const string ImplicitUsings = "global using System;\nglobal using System.Collections.Generic;\nglobal using System.IO;\nglobal using System.Linq;\n"
        + "global using System.Net.Http;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n";

    public static int Run(Options options)
    {
        if (!Directory.Exists(options.Source))
        {
            Console.Error.WriteLine($"--src: no such folder '{options.Source}'");
            return 2;
        }
        if (options.Config is not null && !File.Exists(options.Config))
        {
            Console.Error.WriteLine($"--config: no such file '{options.Config}'");
            return 2;
        }
        var parse = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: options.Defines);
        var files = Directory.EnumerateFiles(options.Source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(f)), parse, path: f)).ToImmutableArray();
        if (options.ImplicitUsings)
            trees = trees.Add(CSharpSyntaxTree.ParseText(ImplicitUsings, parse, path: "ImplicitUsings.g.cs"));
        var lines = trees.Sum(t => t.GetText().Lines.Count);
        var additional = options.Config is null ? ImmutableArray<AdditionalText>.Empty
            : ImmutableArray.Create<AdditionalText>(new FileText(Path.GetFullPath(options.Config)));

        CSharpCompilation Fresh(IEnumerable<string> enabled) => CSharpCompilation.Create("RealCode", trees, InMemory.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                allowUnsafe: true, concurrentBuild: false)
                .WithSpecificDiagnosticOptions(enabled.Select(id => new KeyValuePair<string, ReportDiagnostic>(id, ReportDiagnostic.Warn))));

        var errors = Fresh(Array.Empty<string>()).GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        var peer = options.SkipPeer ? ImmutableArray<DiagnosticAnalyzer>.Empty : PeerAnalyzers();
        Console.WriteLine($"{options.Source}: {files.Count} files, {lines:N0} lines, {errors} compile errors; config {options.Config ?? "none"}; "
                          + $"peer: {peer.Length} analyzer types for CA3001–CA3012; {options.Repeat} rounds");

        var rows = new Dictionary<string, List<(double Wall, double Cpu)>>();
        var perAnalyzer = new Dictionary<string, List<double>>();
        var registered = new Dictionary<string, string>();
        var findings = new Dictionary<string, int>();
        void Record(string name, (double Wall, double Cpu) sample)
        {
            if (!rows.TryGetValue(name, out var list))
                rows[name] = list = new List<(double, double)>();
            list.Add(sample);
        }
        for (var round = 0; round < options.Repeat; round++)
        {
            Record("binding", Measure(() => Fresh(Array.Empty<string>()).GetDiagnostics()));
            var consentGuard = InMemory.Analyzers();
            Record("ConsentGuard pass", Analyze(Fresh(Array.Empty<string>()), consentGuard, additional, perAnalyzer, findings, registered));
            if (!peer.IsEmpty)
                Record("CA3001–CA3012 pass", Analyze(Fresh(PeerRules), peer, additional, perAnalyzer, findings, registered));
            Record("floor pass", Analyze(Fresh(Array.Empty<string>()), ImmutableArray.Create<DiagnosticAnalyzer>(new DoNothingAnalyzer()), additional, null, null));
        }

        double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length == 0 ? 0 : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }
        Console.WriteLine();
        Console.WriteLine("| pass (fresh compilation each) | wall ms (median) | CPU ms (median) | CPU ms, every round |");
        Console.WriteLine("|---|---:|---:|---|");
        foreach (var (name, samples) in rows)
            Console.WriteLine($"| {name} | {Median(samples.Select(s => s.Wall)):F0} | {Median(samples.Select(s => s.Cpu)):F0} | {string.Join(", ", samples.Select(s => s.Cpu.ToString("F0")))} |");
        var binding = Median(rows["binding"].Select(s => s.Cpu));
        var floor = Median(rows["floor pass"].Select(s => s.Cpu));
        Console.WriteLine();
        Console.WriteLine("| analyzer | execution time ms (telemetry, median) | % of binding CPU | every round | actions registered (operation, syntax node, symbol, operation block) |");
        Console.WriteLine("|---|---:|---:|---|---|");
        foreach (var (name, samples) in perAnalyzer.OrderByDescending(p => Median(p.Value)))
            Console.WriteLine($"| {name} | {Median(samples):F1} | {100 * Median(samples) / binding:F2} | {string.Join(", ", samples.Select(s => s.ToString("F0")))} | {registered.GetValueOrDefault(name, "")} |");
        double Total(string prefix) => perAnalyzer.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal)).Sum(p => Median(p.Value));
        var ours = Total("ConsentGuard.");
        var theirs = Total("Microsoft.");
        Console.WriteLine();
        Console.WriteLine($"binding CPU {binding:F0} ms; ConsentGuard analyzers {ours:F0} ms = {100 * ours / binding:F1}% of binding"
                          + (peer.IsEmpty ? "" : $"; CA3001–CA3012 {theirs:F0} ms = {100 * theirs / binding:F1}%; ConsentGuard / peer = {(theirs > 0 ? ours / theirs : double.NaN):F2}"));
        Console.WriteLine($"pass CPU above the floor ({floor:F0} ms): ConsentGuard {Median(rows["ConsentGuard pass"].Select(s => s.Cpu)) - floor:F0} ms"
                          + (peer.IsEmpty ? "" : $", CA3001–CA3012 {Median(rows["CA3001–CA3012 pass"].Select(s => s.Cpu)) - floor:F0} ms"));
        // An analyzer that registers fewer callbacks than the floor spares the driver work the floor pays (building and walking
        // operation trees): its pass is then measured against binding alone.
        Console.WriteLine($"pass CPU above binding ({binding:F0} ms): floor {floor - binding:F0} ms, ConsentGuard {Median(rows["ConsentGuard pass"].Select(s => s.Cpu)) - binding:F0} ms"
                          + (peer.IsEmpty ? "" : $", CA3001–CA3012 {Median(rows["CA3001–CA3012 pass"].Select(s => s.Cpu)) - binding:F0} ms"));
        Console.WriteLine("diagnostics per round: " + string.Join(", ", findings.OrderBy(f => f.Key).Select(f => $"{f.Key} {f.Value / options.Repeat}")));
        return 0;
    }

    private static (double Wall, double Cpu) Analyze(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<AdditionalText> additional,
                                                     Dictionary<string, List<double>>? perAnalyzer, Dictionary<string, int>? findings, Dictionary<string, string>? registered = null)
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(additional), onAnalyzerException: null,
            concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        ImmutableArray<Diagnostic> diagnostics = default;
        var sample = Measure(() => diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult());
        foreach (var flow in analyzers.OfType<ConsentGuard.Analyzers.Analyzers.ConsentFlowAnalyzer>())
            Console.WriteLine($"  flow analyzer: compilations skipped {flow.Work.CompilationsSkipped}, bodies seen {flow.Work.BodiesSeen}, analyzed {flow.Work.BodiesAnalyzed}; "
                + $"summaries computed {flow.Work.SummariesComputed}, spared {flow.Work.SummariesSpared}, guards only {flow.Work.GuardsComputed}; field-write types {flow.Work.FieldWriteTypesComputed}, "
                + $"storage reads spared {flow.Work.FieldWriteReadsSpared}; storage probes spared {flow.Work.StorageProbesSpared}");
        if (findings is not null)
            foreach (var diagnostic in diagnostics)
                findings[diagnostic.Id] = findings.TryGetValue(diagnostic.Id, out var n) ? n + 1 : 1;
        // CONSENTGUARD_BENCH_LIST=CG0012 prints each finding of that rule (where and why), to read what a count stands for.
        if (Environment.GetEnvironmentVariable("CONSENTGUARD_BENCH_LIST") is { Length: > 0 } listed && findings is not null && findings.Count > 0)
            foreach (var diagnostic in diagnostics.Where(d => d.Id == listed))
                Console.WriteLine($"  {diagnostic.Id} {System.IO.Path.GetFileName(diagnostic.Location.SourceTree?.FilePath)}:{diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1} {diagnostic.GetMessage()}");
        if (perAnalyzer is not null)
            foreach (var analyzer in analyzers)
            {
                var telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
                var time = telemetry.ExecutionTime;
                var name = analyzer.GetType().FullName!;
                if (registered is not null)
                    registered[name] = $"{telemetry.OperationActionsCount}, {telemetry.SyntaxNodeActionsCount}, {telemetry.SymbolActionsCount}, {telemetry.OperationBlockActionsCount + telemetry.OperationBlockStartActionsCount}";
                if (!perAnalyzer.TryGetValue(name, out var list))
                    perAnalyzer[name] = list = new List<double>();
                list.Add(time.TotalMilliseconds);
            }
        return sample;
    }

    private static (double Wall, double Cpu) Measure(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        action();
        wall.Stop();
        process.Refresh();
        return (wall.Elapsed.TotalMilliseconds, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }

    /// <summary>The SDK's analyzers that report CA3001–CA3012 (the ones that load without Workspaces).</summary>
    private static ImmutableArray<DiagnosticAnalyzer> PeerAnalyzers()
    {
        var dotnetRoot = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(typeof(object).Assembly.Location)))!;
        var sdks = Directory.GetDirectories(Path.Combine(Path.GetDirectoryName(dotnetRoot)!, "sdk")).OrderBy(d => d, StringComparer.Ordinal).ToArray();
        var folder = sdks.Select(s => Path.Combine(s, "Sdks", "Microsoft.NET.Sdk", "analyzers")).LastOrDefault(Directory.Exists);
        if (folder is null)
        {
            Console.Error.WriteLine("the SDK's analyzers folder was not found; the peer is skipped");
            return ImmutableArray<DiagnosticAnalyzer>.Empty;
        }
        var found = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        foreach (var name in new[] { "Microsoft.CodeAnalysis.NetAnalyzers.dll", "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll" })
        {
            Type?[] types;
            try
            {
                types = Assembly.LoadFrom(Path.Combine(folder, name)).GetTypes();
            }
            catch (ReflectionTypeLoadException partial)
            {
                types = partial.Types;
            }
            foreach (var type in types)
            {
                if (type is null || type.IsAbstract || !typeof(DiagnosticAnalyzer).IsAssignableFrom(type) || type.GetConstructor(Type.EmptyTypes) is null)
                    continue;
                if (type.GetCustomAttributes<DiagnosticAnalyzerAttribute>().All(a => !a.Languages.Contains(LanguageNames.CSharp)))
                    continue;
                try
                {
                    var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
                    if (analyzer.SupportedDiagnostics.Any(d => PeerRules.Contains(d.Id)))
                        found.Add(analyzer);
                }
                catch (Exception e) when (e is TargetInvocationException or TypeLoadException or FileNotFoundException)
                {
                    // needs what this host does not load (Workspaces): not one of the dataflow rules
                }
            }
        }
        return found.ToImmutable();
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
    }
}
