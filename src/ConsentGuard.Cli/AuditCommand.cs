using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Cli.Analysis;
using ConsentGuard.Cli.CommandLine;
using ConsentGuard.Cli.Inventory;
using ConsentGuard.Cli.Loading;
using ConsentGuard.Cli.Output;

namespace ConsentGuard.Cli;

/// <summary>
/// <c>consentguard audit</c>: check the input, load it, analyze each project, write the report, and turn the
/// findings into an exit code. Progress goes to stderr so stdout carries the report alone.
/// </summary>
internal sealed class AuditCommand
{
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;

    public AuditCommand(TextWriter stdout, TextWriter stderr)
    {
        _stdout = stdout;
        _stderr = stderr;
    }

    public static ToolInfo Tool { get; } = new(
        "consentguard",
        (typeof(AuditCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0],
        "https://github.com/consentguard/consentguard");

    public async Task<int> RunAsync(AuditArguments arguments, CancellationToken cancellationToken)
    {
        var input = ResolveInput(arguments.Path);
        var outputPath = arguments.Output is null ? null : Path.GetFullPath(arguments.Output);
        if (outputPath is not null && !Directory.Exists(Path.GetDirectoryName(outputPath)))
            throw new AuditInputException($"cannot write '{arguments.Output}': its folder does not exist");

        var report = await AuditAsync(arguments.Path, input, arguments.Restore, cancellationToken).ConfigureAwait(false);

        var writer = ReportWriters.For(arguments.Format);
        if (outputPath is null)
        {
            writer.Write(report, _stdout);
            _stdout.Flush();
        }
        else
        {
            using (var file = new StreamWriter(outputPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
                writer.Write(report, file);
            _stderr.WriteLine($"wrote {arguments.Output}");
        }

        _stderr.WriteLine(MarkdownReportWriter.Summary(report));
        var failing = report.CountFindingsAtOrAbove(arguments.FailOn);
        if (failing == 0)
            return ExitCodes.Success;
        _stderr.WriteLine($"consentguard: {failing} finding(s) at or above --fail-on {arguments.FailOn.ToString().ToLowerInvariant()}");
        return ExitCodes.FindingsAtThreshold;
    }

    /// <summary>The solution or project file; a folder holding exactly one solution, or else exactly one project, stands for it.</summary>
    internal static string ResolveInput(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            var candidates = Directory.GetFiles(full, "*.sln").Concat(Directory.GetFiles(full, "*.slnx")).ToList();
            if (candidates.Count == 0)
                candidates = Directory.GetFiles(full, "*.csproj").ToList();
            return candidates.Count == 1
                ? candidates[0]
                : throw new AuditInputException($"'{path}' is a folder with {(candidates.Count == 0 ? "no" : "more than one")} solution or project: name the .sln, .slnx or .csproj");
        }
        if (!File.Exists(full))
            throw new AuditInputException($"'{path}' does not exist");
        if (!WorkspaceLoader.IsSolution(full) && !WorkspaceLoader.IsProject(full))
            throw new AuditInputException($"'{path}' is not a solution or C# project (.sln, .slnx or .csproj)");
        return full;
    }

    /// <summary>The audit of <paramref name="input"/> (resolved by <see cref="ResolveInput"/>); <paramref name="label"/> is how the report names it.</summary>
    internal Task<AuditReport> AuditAsync(string label, string input, bool restore, CancellationToken cancellationToken)
    {
        // MSBuild's assemblies must be located before any workspace type loads: that happens in LoadAndAuditAsync.
        MSBuildRegistration.EnsureRegistered();
        return LoadAndAuditAsync(label, input, restore, cancellationToken);
    }

    // Not inlined: its body references MSBuildWorkspace, which must not load before the locator ran.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private async Task<AuditReport> LoadAndAuditAsync(string label, string input, bool restore, CancellationToken cancellationToken)
    {
        _stderr.WriteLine($"consentguard: auditing {label}");
        var root = Path.GetDirectoryName(input)!;
        var (workspace, projects) = await new WorkspaceLoader(_stderr, restore).LoadAsync(input, cancellationToken).ConfigureAwait(false);
        using (workspace)
        {
            var inventories = new List<ProjectInventory>();
            foreach (var loaded in projects)
            {
                var inventory = await ProjectAuditor.AuditAsync(loaded, root, _stderr, cancellationToken).ConfigureAwait(false);
                if (inventory is not null)
                    inventories.Add(inventory);
            }
            return AuditReport.Create(label, root, inventories, ConsentGuardComponents.RuleEntries, Tool);
        }
    }
}
