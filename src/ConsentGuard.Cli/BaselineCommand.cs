using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Analyzers.Governance;
using ConsentGuard.Cli.CommandLine;
using ConsentGuard.Cli.Inventory;
using ConsentGuard.Cli.Loading;

namespace ConsentGuard.Cli;

/// <summary>
/// <c>consentguard baseline</c>: audits the solution or project and writes its current flow findings (CG0001–CG0003)
/// to ConsentGuard.baseline.json, keyed by rule, purpose, member and origins (never lines), with a count per key.
/// Findings the baseline already suppresses are written again (they still exist); those suppressed in the code
/// (pragma, SuppressMessage) are not, since the code already says why.
/// </summary>
internal sealed class BaselineCommand
{
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;

    public BaselineCommand(TextWriter stdout, TextWriter stderr)
    {
        _stdout = stdout;
        _stderr = stderr;
    }

    public async Task<int> RunAsync(BaselineArguments arguments, CancellationToken cancellationToken)
    {
        var input = AuditCommand.ResolveInput(arguments.Path);
        var output = Path.GetFullPath(arguments.Output ?? Path.Combine(Path.GetDirectoryName(input)!, Baseline.FileName));
        if (!Directory.Exists(Path.GetDirectoryName(output)))
            throw new AuditInputException($"cannot write '{arguments.Output}': its folder does not exist");
        var report = await new AuditCommand(_stdout, _stderr).AuditAsync(arguments.Path, input, arguments.Restore, cancellationToken).ConfigureAwait(false);
        var entries = Entries(report);
        await File.WriteAllTextAsync(output, Write(entries), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken).ConfigureAwait(false);
        _stderr.WriteLine($"wrote {Path.GetRelativePath(Environment.CurrentDirectory, output)}: {entries.Sum(e => e.Count)} finding(s) in {entries.Count} entr{(entries.Count == 1 ? "y" : "ies")}");
        _stderr.WriteLine($"add it to the project: <AdditionalFiles Include=\"{Baseline.FileName}\" />");
        return ExitCodes.Success;
    }

    public sealed record Entry(string Rule, string Purpose, string Member, IReadOnlyList<string> Origins, int Count);

    public static IReadOnlyList<Entry> Entries(AuditReport report) =>
        report.Findings
            .Where(f => f is { Purpose: not null, Member: not null, Origins: not null } && (f.Suppression is null || f.Suppression.Kind == SuppressionReader.BaselineKind))
            .GroupBy(f => (f.Id, f.Purpose!, f.Member!, Origins: string.Join(";", f.Origins!)))
            .Select(g => new Entry(g.Key.Id, g.Key.Item2, g.Key.Item3, g.First().Origins!, g.Count()))
            .OrderBy(e => e.Member, StringComparer.Ordinal).ThenBy(e => e.Rule, StringComparer.Ordinal)
            .ThenBy(e => e.Purpose, StringComparer.Ordinal).ThenBy(e => string.Join(";", e.Origins), StringComparer.Ordinal)
            .ToList();

    /// <summary>One entry a line, so that a review diff of the baseline shows one line per finding key.</summary>
    public static string Write(IReadOnlyList<Entry> entries)
    {
        var options = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        string J(string value) => JsonSerializer.Serialize(value, options);
        var lines = entries.Select(e =>
            $"    {{ \"rule\": {J(e.Rule)}, \"purpose\": {J(e.Purpose)}, \"member\": {J(e.Member)}, \"origins\": [{string.Join(", ", e.Origins.Select(J))}], \"count\": {e.Count} }}");
        return "{\n  \"version\": 1,\n  \"findings\": [\n" + string.Join(",\n", lines) + (entries.Count == 0 ? "" : "\n") + "  ]\n}\n";
    }
}
