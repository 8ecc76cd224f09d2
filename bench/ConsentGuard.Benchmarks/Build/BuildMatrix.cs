using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace ConsentGuard.Benchmarks.Build;

/// <summary>
/// <c>build-matrix</c>: for each size, writes the synthetic project and builds it with <c>dotnet build</c> as a user
/// would, once per variant (compiler alone, with ConsentGuard, with the peer) and per repeat, reading the Csc time
/// and the analyzer and generator tables from <c>-p:ReportAnalyzer=true</c>; prints medians as a markdown table.
/// </summary>
internal static class BuildMatrix
{
    private const string ConsentGuardAssembly = "ConsentGuard.Analyzers";

    /// <param name="Retabulate">Build nothing: read the logs an earlier (possibly interrupted) run left in the output directory.</param>
    public sealed record Options(IReadOnlyList<int> Sizes, int Repeat, int Seed, string OutputDirectory, bool WarmUp, bool Retabulate = false);

    /// <summary>The medians of one size.</summary>
    public sealed record SizeResult(int Files, int Lines, double BaselineCsc, double ConsentGuardCsc, double PeerCsc,
        double Analyzers, double Generator, double Peer, IReadOnlyList<(string Type, double Ms)> TopAnalyzers,
        double BaselineCpu, double ConsentGuardCpu, double PeerCpu);

    public static int Run(Options options)
    {
        Directory.CreateDirectory(options.OutputDirectory);
        var report = new StringBuilder();
        report.AppendLine($"Build matrix: sizes {string.Join(", ", options.Sizes)}, {(options.Retabulate ? "read back from earlier logs" : $"{options.Repeat} build(s) per variant")}, seed {options.Seed}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average before: {LoadAverage()}");
        report.AppendLine();
        var results = new List<SizeResult>();
        var warmUp = options.WarmUp;
        foreach (var size in options.Sizes)
        {
            var directory = Path.Combine(options.OutputDirectory, $"s{size}");
            var (lines, runs) = options.Retabulate ? ReadRuns(directory) : BuildRuns(directory, size, options, ref warmUp);
            results.Add(Summarize(size, lines, runs));
        }
        report.Append(Table(results));
        report.AppendLine();
        report.AppendLine($"Load average after: {LoadAverage()}");
        var largest = results[^1];
        report.AppendLine();
        report.AppendLine($"ConsentGuard analyzers at {largest.Files} files (median ms, summed over threads):");
        report.AppendLine();
        report.AppendLine("| analyzer | ms |");
        report.AppendLine("|---|---:|");
        foreach (var (type, ms) in largest.TopAnalyzers)
            report.AppendLine($"| {type} | {ms:N0} |");
        var path = Path.Combine(options.OutputDirectory, "build-matrix.md");
        File.WriteAllText(path, report.ToString());
        Console.WriteLine(report);
        Console.Error.WriteLine($"[build-matrix] written to {path}; build logs under {options.OutputDirectory}/s*/logs");
        return 0;
    }

    /// <summary>The table of RESULTS.md. Share = ConsentGuard's analyzer + generator time over the compiler-alone Csc time;
    /// growth = ConsentGuard's time per line relative to the smallest size (1.0 is linear).</summary>
    public static string Table(IReadOnlyList<SizeResult> results)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| size (files) | lines | compile ms (compiler alone) | compile ms with ConsentGuard | ConsentGuard analyzers ms | generator ms | share of compile % | compile ms with peer | peer CA3001–CA3012 ms | ConsentGuard / peer | growth (per line, vs smallest) |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var first = results[0];
        var firstPerLine = (first.Analyzers + first.Generator) / first.Lines;
        foreach (var r in results)
        {
            var ours = r.Analyzers + r.Generator;
            var growth = firstPerLine > 0 ? ours / r.Lines / firstPerLine : double.NaN;
            var versusPeer = r.Peer > 0 ? (ours / r.Peer).ToString("N2", CultureInfo.InvariantCulture) : "n/a";
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Files:N0} | {r.Lines:N0} | {r.BaselineCsc:N0} | {r.ConsentGuardCsc:N0} | {r.Analyzers:N0} | {r.Generator:N0} | {100 * ours / r.BaselineCsc:N1} | {r.PeerCsc:N0} | {r.Peer:N0} | {versusPeer} | {growth:N2} |"));
        }
        sb.AppendLine();
        sb.AppendLine("CPU time of the whole build (MSBuild + csc, summed over threads; steadier than wall time on a loaded machine). Added = variant − compiler alone:");
        sb.AppendLine();
        sb.AppendLine("| size (files) | build CPU ms, compiler alone | with ConsentGuard | ConsentGuard added ms | added % | with peer | peer added ms | peer added % | growth of ConsentGuard's added CPU per line (vs smallest) |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var firstAdded = (first.ConsentGuardCpu - first.BaselineCpu) / first.Lines;
        foreach (var r in results)
        {
            var added = r.ConsentGuardCpu - r.BaselineCpu;
            var peerAdded = r.PeerCpu - r.BaselineCpu;
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Files:N0} | {r.BaselineCpu:N0} | {r.ConsentGuardCpu:N0} | {added:N0} | {100 * added / r.BaselineCpu:N1} | {r.PeerCpu:N0} | {peerAdded:N0} | {100 * peerAdded / r.BaselineCpu:N1} | {added / r.Lines / firstAdded:N2} |"));
        }
        return sb.ToString();
    }

    private static (int Lines, Dictionary<string, List<BuildReport>> Runs) BuildRuns(string directory, int size, Options options, ref bool warmUp)
    {
        var lines = SyntheticProject.WriteProject(directory, size, options.Seed);
        Console.Error.WriteLine($"[build-matrix] {size} files, {lines:N0} lines in {directory}");
        Dotnet(directory, "restore", SyntheticProject.ProjectFile, "-nologo", "-v:q");
        if (warmUp)
        {
            // Not recorded: fills the disk cache with the SDK, the reference assemblies and the sources.
            Build(directory, "baseline", "warmup");
            warmUp = false;
        }
        var runs = SyntheticProject.Variants.ToDictionary(v => v, _ => new List<BuildReport>());
        // Interleaved, so that a burst of load from other processes spreads over the variants.
        for (var repeat = 1; repeat <= options.Repeat; repeat++)
            foreach (var variant in SyntheticProject.Variants)
                runs[variant].Add(Build(directory, variant, repeat.ToString(CultureInfo.InvariantCulture)));
        return (lines, runs);
    }

    /// <summary>The recorded builds (not the warm-up) of an earlier run, and the size of its sources.</summary>
    private static (int Lines, Dictionary<string, List<BuildReport>> Runs) ReadRuns(string directory)
    {
        var logs = Path.Combine(directory, "logs");
        if (!Directory.Exists(logs))
            throw new BuildFailedException($"no build logs in {logs}: run build-matrix without --retabulate first");
        var runs = SyntheticProject.Variants.ToDictionary(v => v, v => Directory.GetFiles(logs, $"{v}-*.log")
            .Where(f => int.TryParse(Path.GetFileNameWithoutExtension(f)[(v.Length + 1)..], out _))
            .Select(f => BuildReport.Parse(File.ReadAllText(f))).ToList());
        var missing = runs.Where(r => r.Value.Count == 0).Select(r => r.Key).ToList();
        if (missing.Count > 0)
            throw new BuildFailedException($"{logs} has no recorded build of {string.Join(", ", missing)}");
        var lines = Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Sum(f => File.ReadAllText(f).Split('\n').Length);
        Console.Error.WriteLine($"[build-matrix] {directory}: {string.Join(", ", runs.Select(r => $"{r.Value.Count} {r.Key}"))} build(s) read back");
        return (lines, runs);
    }

    private static SizeResult Summarize(int files, int lines, Dictionary<string, List<BuildReport>> runs)
    {
        var ours = runs["consentguard"];
        var types = ours.SelectMany(r => r.Analyzers).Where(a => a.Assembly == ConsentGuardAssembly && a.Type is not null)
            .Select(a => a.Type!).Distinct()
            .Select(t => (Type: t, Ms: Statistics.Median(ours.Select(r => r.Analyzers.Where(a => a.Type == t).Sum(a => a.Milliseconds)))))
            .OrderByDescending(t => t.Ms).ToList();
        return new SizeResult(files, lines,
            Statistics.Median(runs["baseline"].Select(r => r.CscMilliseconds)),
            Statistics.Median(ours.Select(r => r.CscMilliseconds)),
            Statistics.Median(runs["peer"].Select(r => r.CscMilliseconds)),
            Statistics.Median(ours.Select(r => r.AnalyzerAssemblyMilliseconds(ConsentGuardAssembly))),
            Statistics.Median(ours.Select(r => r.GeneratorAssemblyMilliseconds(ConsentGuardAssembly))),
            Statistics.Median(runs["peer"].Select(r => r.AnalyzerTypesMilliseconds(id => SyntheticProject.PeerRules.Contains(id)))),
            types,
            Statistics.Median(runs["baseline"].Select(r => r.CpuMilliseconds ?? double.NaN)),
            Statistics.Median(ours.Select(r => r.CpuMilliseconds ?? double.NaN)),
            Statistics.Median(runs["peer"].Select(r => r.CpuMilliseconds ?? double.NaN)));
    }

    private static BuildReport Build(string directory, string variant, string run)
    {
        var cpuBefore = CpuTime.OfChildren();
        var log = Dotnet(directory, "build", SyntheticProject.ProjectFile, "--no-restore", "--no-incremental", "-nologo",
            $"-p:Variant={variant}", "-p:ReportAnalyzer=true", "-v:d", "-clp:PerformanceSummary",
            // A csc process of its own for every build, on every machine: no compiler server shared with other builds
            // (or left running), the same JIT work in every variant, and its CPU time counted in this process's children.
            "-p:UseSharedCompilation=false", "-nodeReuse:false");
        if (CpuTime.OfChildren() - cpuBefore is { } cpu)
            log += Environment.NewLine + BuildReport.CpuLinePrefix + cpu.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) + Environment.NewLine;
        var logs = Directory.CreateDirectory(Path.Combine(directory, "logs"));
        File.WriteAllText(Path.Combine(logs.FullName, $"{variant}-{run}.log"), log);
        var report = BuildReport.Parse(log);
        Console.Error.WriteLine($"[build-matrix]   {variant,-12} run {run,-6} Csc {report.CscMilliseconds,8:N0} ms, build CPU {report.CpuMilliseconds,8:N0} ms");
        return report;
    }

    /// <summary>Runs dotnet and returns its output; a failed command stops the harness with its output.</summary>
    private static string Dotnet(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // Set by an outer `dotnet run`/`dotnet test`; they would pin the child build to the outer one's MSBuild.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH" })
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new BuildFailedException($"`dotnet {string.Join(' ', arguments)}` in {directory} exited with {process.ExitCode}:\n{Tail(stdout + stderr.Result)}");
        return stdout;
    }

    private static string Tail(string text) => text.Length > 4000 ? "…" + text[^4000..] : text;

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}

/// <summary>A build the harness needed did not succeed: reported as a message, not a stack trace.</summary>
internal sealed class BuildFailedException(string message) : Exception(message);
