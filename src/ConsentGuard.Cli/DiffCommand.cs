using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Cli.CommandLine;
using ConsentGuard.Cli.Diff;
using ConsentGuard.Cli.Loading;
using ConsentGuard.Cli.Output;

namespace ConsentGuard.Cli;

/// <summary>
/// <c>consentguard diff BASE HEAD</c>: each side an audit JSON file, or a git revision of <c>--path</c>, which is checked
/// out into a temporary git worktree and audited there. Prints markdown for a pull-request comment; exit code 1 when
/// the head adds what <c>--fail-on</c> names.
/// </summary>
internal sealed class DiffCommand
{
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;

    public DiffCommand(TextWriter stdout, TextWriter stderr)
    {
        _stdout = stdout;
        _stderr = stderr;
    }

    public async Task<int> RunAsync(DiffArguments arguments, CancellationToken cancellationToken)
    {
        var outputPath = arguments.Output is null ? null : Path.GetFullPath(arguments.Output);
        if (outputPath is not null && !Directory.Exists(Path.GetDirectoryName(outputPath)))
            throw new AuditInputException($"cannot write '{arguments.Output}': its folder does not exist");
        var @base = await LoadAsync(arguments.Base, arguments, cancellationToken).ConfigureAwait(false);
        var head = await LoadAsync(arguments.Head, arguments, cancellationToken).ConfigureAwait(false);
        var diff = PrivacyDiff.Compare(head, @base);

        var markdown = new StringWriter();
        diff.WriteMarkdown(markdown, arguments.Base, arguments.Head);
        if (outputPath is null)
            _stdout.Write(markdown.ToString());
        else
        {
            await File.WriteAllTextAsync(outputPath, markdown.ToString(), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            _stderr.WriteLine($"wrote {arguments.Output}");
        }
        var failures = diff.Failures(arguments.FailOn);
        if (failures.Count == 0)
            return ExitCodes.Success;
        _stderr.WriteLine($"consentguard: {failures.Count} change(s) at --fail-on {Name(arguments.FailOn)}: {string.Join(", ", failures.Take(5))}{(failures.Count > 5 ? ", …" : "")}");
        return ExitCodes.FindingsAtThreshold;
    }

    private static string Name(DiffFailOn failOn) => failOn switch
    {
        DiffFailOn.NewPersonalData => "new-personal-data",
        DiffFailOn.NewPurpose => "new-purpose",
        DiffFailOn.NewFinding => "new-finding",
        _ => "none",
    };

    private async Task<PrivacySnapshot> LoadAsync(string side, DiffArguments arguments, CancellationToken cancellationToken)
    {
        if (File.Exists(side))
            return PrivacySnapshot.FromJson(await File.ReadAllTextAsync(side, cancellationToken).ConfigureAwait(false), side);
        if (arguments.Path is null)
            throw new AuditInputException($"'{side}' is not a file; to compare git revisions, name the project or solution with --path");
        return await AuditRevisionAsync(side, arguments.Path, arguments.Restore, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Checks <paramref name="revision"/> out into a temporary worktree of the repository holding <paramref name="path"/>, and audits the same path there.</summary>
    private async Task<PrivacySnapshot> AuditRevisionAsync(string revision, string path, bool restore, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
            throw new AuditInputException($"'{path}' does not exist");
        var repository = (await GitAsync(folder, cancellationToken, "rev-parse", "--show-toplevel").ConfigureAwait(false)
            ?? throw new AuditInputException($"'{path}' is not inside a git repository, so '{revision}' cannot be a revision of it")).Trim();
        if (await GitAsync(repository, cancellationToken, "rev-parse", "--verify", "--quiet", revision + "^{commit}").ConfigureAwait(false) is null)
            throw new AuditInputException($"'{revision}' is neither an audit JSON file nor a git revision of {repository}");
        var relative = Path.GetRelativePath(repository, full);
        var worktree = Path.Combine(Path.GetTempPath(), "consentguard-diff-" + Guid.NewGuid().ToString("N")[..12]);
        if (await GitAsync(repository, cancellationToken, "worktree", "add", "--detach", "--quiet", worktree, revision).ConfigureAwait(false) is null)
            throw new AuditInputException($"could not check out '{revision}' into a temporary worktree");
        try
        {
            var input = Path.Combine(worktree, relative);
            if (!File.Exists(input) && !Directory.Exists(input))
                throw new AuditInputException($"'{relative}' does not exist at revision '{revision}'");
            _stderr.WriteLine($"consentguard: {revision} checked out into {worktree}");
            var report = await new AuditCommand(_stdout, _stderr).AuditAsync($"{relative}@{revision}", AuditCommand.ResolveInput(input), restore, cancellationToken).ConfigureAwait(false);
            var json = new StringWriter();
            new JsonReportWriter().Write(report, json);
            return PrivacySnapshot.FromJson(json.ToString(), $"{relative}@{revision}");
        }
        finally
        {
            await GitAsync(repository, CancellationToken.None, "worktree", "remove", "--force", worktree).ConfigureAwait(false);
        }
    }

    /// <summary>Runs git; its standard output, or null when it fails (or is not installed).</summary>
    private static async Task<string?> GitAsync(string workingDirectory, CancellationToken cancellationToken, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            _ = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            return process.ExitCode == 0 ? await stdout.ConfigureAwait(false) : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
