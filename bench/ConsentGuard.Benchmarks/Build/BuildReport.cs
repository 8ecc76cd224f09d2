using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace ConsentGuard.Benchmarks.Build;

/// <summary>One analyzer or generator row of the compiler's <c>/reportanalyzer</c> table.</summary>
/// <param name="Assembly">The simple name of the assembly the row belongs to.</param>
/// <param name="Type">The analyzer or generator type, or null for the assembly's own total row.</param>
/// <param name="Ids">The diagnostic ids the compiler printed after an analyzer type (none for generators).</param>
public sealed record ComponentTime(string Assembly, string? Type, IReadOnlyList<string> Ids, double Milliseconds);

/// <summary>
/// What one <c>dotnet build -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary</c> printed about its compile:
/// the Csc task's wall time and the analyzer and generator tables.
/// </summary>
/// <remarks>
/// The analyzer and generator times are summed over the threads that ran them (the compiler says "Elapsed time may
/// be less than analyzer execution time because analyzers can run concurrently"); the Csc time is wall time and
/// includes them.
/// </remarks>
public sealed record BuildReport(double CscMilliseconds, IReadOnlyList<ComponentTime> Analyzers, IReadOnlyList<ComponentTime> Generators)
{
    /// <summary>CPU time of the whole <c>dotnet build</c> (MSBuild and csc), when the harness could measure it.</summary>
    public double? CpuMilliseconds { get; init; }

    /// <summary>Total of the assembly rows (not the type rows, which would count every analyzer twice).</summary>
    public double AnalyzerAssemblyMilliseconds(string assembly) =>
        Analyzers.Where(a => a.Type is null && a.Assembly == assembly).Sum(a => a.Milliseconds);

    public double GeneratorAssemblyMilliseconds(string assembly) =>
        Generators.Where(g => g.Type is null && g.Assembly == assembly).Sum(g => g.Milliseconds);

    /// <summary>Total of the analyzer types that report at least one of <paramref name="ids"/>.</summary>
    public double AnalyzerTypesMilliseconds(Func<string, bool> ids) =>
        Analyzers.Where(a => a.Type is not null && a.Ids.Any(ids)).Sum(a => a.Milliseconds);

    /// <summary>The line the harness appends to a saved log with the build's CPU time, read back by <see cref="Parse"/>.</summary>
    public const string CpuLinePrefix = "consentguard-bench: build CPU ms ";

    /// <summary>Reads a build log. Missing sections read as empty (a compile with no analyzer prints no table);
    /// a log with no Csc line is not a compile at all and is refused.</summary>
    public static BuildReport Parse(string log)
    {
        var lines = log.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var csc = lines.Select(l => CscLine.Match(l)).LastOrDefault(m => m.Success)
            ?? throw new FormatException("the build log has no 'Csc' line in its task performance summary: was it built with -clp:PerformanceSummary, and did it compile?");
        var cpu = lines.LastOrDefault(l => l.StartsWith(CpuLinePrefix, StringComparison.Ordinal));
        return new BuildReport(
            double.Parse(csc.Groups["ms"].Value, CultureInfo.InvariantCulture),
            Section(lines, "Total analyzer execution time:"),
            Section(lines, "Total generator execution time:"))
        {
            CpuMilliseconds = cpu is null ? null : double.Parse(cpu[CpuLinePrefix.Length..], CultureInfo.InvariantCulture),
        };
    }

    // "     7565 ms  Csc                                        1 calls"
    private static readonly Regex CscLine = new(@"^\s*(?<ms>\d+)\s+ms\s+Csc\s+\d+\s+calls", RegexOptions.CultureInvariant);

    // "   1.567   97   ConsentGuard.Analyzers, Version=0.1.0.0, ..."   (an assembly: 3 spaces before its name)
    // "   1.082   67      ConsentGuard...ConsentFlowAnalyzer (CG0001, CG0002)"   (a type: 6 spaces)
    // "  <0.001   <1      Some.Type (CA1711)"
    private static readonly Regex Row = new(@"^\s*(?<time><?[\d.]+)\s+<?\d+(?<indent>\s+)(?<name>\S.*?)\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex TypeWithIds = new(@"^(?<type>\S+)\s+\((?<ids>[^)]*)\)$", RegexOptions.CultureInvariant);

    private static IReadOnlyList<ComponentTime> Section(string[] lines, string header)
    {
        var start = Array.FindLastIndex(lines, l => l.Contains(header, StringComparison.Ordinal));
        if (start < 0)
            return Array.Empty<ComponentTime>();
        var rows = new List<ComponentTime>();
        string? assembly = null;
        foreach (var line in lines.Skip(start + 1))
        {
            // The table ends where the next section, the task's end or the performance summary begins.
            if (line.Contains("execution time:", StringComparison.Ordinal) || line.Contains("Done executing task", StringComparison.Ordinal)
                || line.Contains("Task Performance Summary", StringComparison.Ordinal))
                break;
            var match = Row.Match(line);
            if (!match.Success)
                continue;
            var time = match.Groups["time"].Value;
            // "<0.001" is below the compiler's resolution: count it as zero.
            var ms = time.StartsWith('<') ? 0 : double.Parse(time, CultureInfo.InvariantCulture) * 1000;
            var name = match.Groups["name"].Value;
            // An assembly row names the assembly with its version; a type row is indented further under it.
            if (name.Contains(", Version=", StringComparison.Ordinal))
            {
                assembly = name[..name.IndexOf(',', StringComparison.Ordinal)];
                rows.Add(new ComponentTime(assembly, null, Array.Empty<string>(), ms));
            }
            else if (assembly is not null)
            {
                var withIds = TypeWithIds.Match(name);
                rows.Add(withIds.Success
                    ? new ComponentTime(assembly, withIds.Groups["type"].Value, withIds.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), ms)
                    : new ComponentTime(assembly, name, Array.Empty<string>(), ms));
            }
        }
        return rows;
    }
}

/// <summary>Medians of repeated builds: one slow build on a shared machine must not move the figure.</summary>
public static class Statistics
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
            return double.NaN;
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
