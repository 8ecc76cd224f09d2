using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace ConsentGuard.Cli.Loading;

/// <summary>
/// Opens a solution or project with MSBuildWorkspace, so the audit sees what the build sees: the same
/// sources, references, analyzer config and generators. Reports each project on stderr as it loads.
/// A project that was never restored is restored once (a fresh clone works on the first command).
/// </summary>
internal sealed class WorkspaceLoader
{
    private readonly TextWriter _progress;
    private readonly bool _allowRestore;

    public WorkspaceLoader(TextWriter progress, bool allowRestore)
    {
        _progress = progress;
        _allowRestore = allowRestore;
    }

    public static bool IsSolution(string path) =>
        path.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase);

    public static bool IsProject(string path) => path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase);

    public async Task<(MSBuildWorkspace Workspace, IReadOnlyList<LoadedProject> Projects)> LoadAsync(string path, CancellationToken cancellationToken)
    {
        // A project file says up front whether it was restored; a solution's projects are known once loaded.
        var restored = false;
        if (_allowRestore && IsProject(path) && !HasAssetsFile(path))
        {
            await RestoreAsync(path, cancellationToken).ConfigureAwait(false);
            restored = true;
        }
        var (workspace, projects, failures) = await OpenAsync(path, cancellationToken).ConfigureAwait(false);
        ThrowIfNotLoaded(path, workspace, projects, failures.Where(f => !NeedsRestore(f)));
        // The workspace loads an unrestored project without complaint, but without its packages: restore first.
        if (_allowRestore && !restored && (failures.Any(NeedsRestore) || projects.Any(IsUnrestored)))
        {
            workspace.Dispose();
            await RestoreAsync(path, cancellationToken).ConfigureAwait(false);
            (workspace, projects, failures) = await OpenAsync(path, cancellationToken).ConfigureAwait(false);
            ThrowIfNotLoaded(path, workspace, projects, failures);
        }
        foreach (var failure in failures.Distinct())
            _progress.WriteLine("warning: " + FirstLine(failure));
        return (workspace, projects);
    }

    /// <summary>
    /// No C# project, or a failure that names a project to audit: that project did not load, and its inventory
    /// would be empty or wrong. Failures about other projects (references) are only warnings.
    /// </summary>
    private static void ThrowIfNotLoaded(string path, MSBuildWorkspace workspace, IReadOnlyList<LoadedProject> projects, IEnumerable<string> failures)
    {
        var fatal = failures.FirstOrDefault(f => projects.Any(p => p.Project.FilePath is { Length: > 0 } file && f.Contains(file, StringComparison.Ordinal)));
        if (fatal is null && projects.Count > 0)
            return;
        workspace.Dispose();
        fatal ??= failures.FirstOrDefault();
        throw new AuditInputException(projects.Count == 0
            ? $"could not load a C# project from '{path}'{(fatal is null ? "" : ": " + FirstLine(fatal))}"
            : $"could not load '{path}': {FirstLine(fatal!)}");
    }

    private async Task<(MSBuildWorkspace, IReadOnlyList<LoadedProject>, IReadOnlyList<string>)> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var failures = new ConcurrentQueue<string>();
        var frameworks = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var workspace = MSBuildWorkspace.Create();
        workspace.RegisterWorkspaceFailedHandler(e =>
        {
            if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
                failures.Enqueue(e.Diagnostic.Message);
        });
        var progress = new Progress(_progress, frameworks);
        try
        {
            IEnumerable<Project> candidates;
            if (IsSolution(path))
            {
                var solution = await workspace.OpenSolutionAsync(path, progress, cancellationToken).ConfigureAwait(false);
                candidates = solution.Projects;
            }
            else
            {
                var opened = await workspace.OpenProjectAsync(path, progress, cancellationToken: cancellationToken).ConfigureAwait(false);
                // A multi-targeted project loads once per framework; referenced projects load too but are not audited.
                candidates = opened.Solution.Projects.Where(p => string.Equals(p.FilePath, opened.FilePath, StringComparison.Ordinal));
            }
            var projects = candidates
                .Where(p => p.Language == LanguageNames.CSharp)
                .Select(p => new LoadedProject(p, NameOf(p), FrameworkOf(p, frameworks)))
                .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.TargetFramework, StringComparer.Ordinal)
                .ToList();
            return (workspace, projects, failures.ToList());
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or ArgumentException or NotSupportedException or UnauthorizedAccessException)
        {
            // MSBuildWorkspace throws these for unreadable, malformed or unsupported files.
            workspace.Dispose();
            throw new AuditInputException($"could not load '{path}': {FirstLine(ex.Message)}");
        }
    }

    private static string NameOf(Project project) =>
        project.FilePath is { Length: > 0 } file ? Path.GetFileNameWithoutExtension(file) : project.Name;

    /// <summary>MSBuildWorkspace names a multi-targeted project "Name(tfm)"; a single-targeted one's framework comes from load progress.</summary>
    private static string? FrameworkOf(Project project, ConcurrentDictionary<string, string> frameworks)
    {
        var name = project.Name;
        if (name.EndsWith(')') && name.LastIndexOf('(') is var open and > 0)
            return name.Substring(open + 1, name.Length - open - 2);
        return project.FilePath is { } file && frameworks.TryGetValue(file, out var framework) ? framework : null;
    }

    /// <summary>No assets file where the SDK puts it by default (a custom obj folder only costs a no-op restore).</summary>
    private static bool IsUnrestored(LoadedProject project) =>
        project.Project.FilePath is { Length: > 0 } file && !HasAssetsFile(file);

    private static bool HasAssetsFile(string projectFile) =>
        File.Exists(Path.Combine(Path.GetDirectoryName(projectFile)!, "obj", "project.assets.json"));

    private static bool NeedsRestore(string failure) =>
        failure.Contains("NETSDK1004", StringComparison.Ordinal) || failure.Contains("project.assets.json", StringComparison.Ordinal);

    private async Task RestoreAsync(string path, CancellationToken cancellationToken)
    {
        _progress.WriteLine($"restoring {Path.GetFileName(path)} (it was never restored)...");
        var start = new ProcessStartInfo(MSBuildRegistration.DotNetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "restore", path, "--verbosity", "quiet", "--nologo" })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new AuditInputException("could not start 'dotnet restore'");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            // Not fatal: a project that cannot load says so next, with a better reason; one that loads is audited
            // without its packages, and its compiler errors show how much that matters.
            var message = (await output.ConfigureAwait(false) + "\n" + await error.ConfigureAwait(false)).Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
            _progress.WriteLine($"warning: 'dotnet restore {Path.GetFileName(path)}' failed ({message ?? "exit code " + process.ExitCode}); auditing without it");
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    /// <summary>One stderr line per project loaded, so a large solution shows it is alive.</summary>
    private sealed class Progress : IProgress<ProjectLoadProgress>
    {
        private readonly TextWriter _output;
        private readonly ConcurrentDictionary<string, string> _frameworks;

        public Progress(TextWriter output, ConcurrentDictionary<string, string> frameworks)
        {
            _output = output;
            _frameworks = frameworks;
        }

        public void Report(ProjectLoadProgress value)
        {
            if (value.TargetFramework is { Length: > 0 } framework)
                _frameworks[value.FilePath] = framework;
            if (value.Operation != ProjectLoadOperation.Resolve)
                return;
            var suffix = value.TargetFramework is { Length: > 0 } tfm ? " (" + tfm + ")" : "";
            lock (_output)
                _output.WriteLine($"  loaded {Path.GetFileName(value.FilePath)}{suffix} in {value.ElapsedTime.TotalSeconds:0.0}s");
        }
    }
}
