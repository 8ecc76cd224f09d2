using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Analyzers.Model;
using ConsentGuard.Cli.Inventory;
using ConsentGuard.Cli.Loading;

namespace ConsentGuard.Cli.Analysis;

/// <summary>One project: its compilation (with the project's own generators run), ConsentGuard's analyzers, its inventory.</summary>
internal static class ProjectAuditor
{
    /// <summary>Null when the project does not use ConsentGuard: in a solution, such projects are skipped (and said so).</summary>
    public static async Task<ProjectInventory?> AuditAsync(LoadedProject loaded, string rootDirectory, TextWriter progress, CancellationToken cancellationToken)
    {
        var project = loaded.Project;
        var label = loaded.TargetFramework is null ? loaded.Name : $"{loaded.Name} ({loaded.TargetFramework})";
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null)
        {
            progress.WriteLine($"warning: {label} has no compilation; skipped");
            return null;
        }
        if (!ConsentModel.For(compilation, project.AnalyzerOptions).Types.HasConsentGuard)
        {
            progress.WriteLine($"  skipped {label}: it does not reference ConsentGuard");
            return null;
        }
        progress.WriteLine($"  analyzing {label}");
        var diagnostics = await ConsentGuardAnalysis.AnalyzeAsync(compilation, project.AnalyzerOptions, cancellationToken).ConfigureAwait(false);
        var inventory = AuditInventory.Build(compilation, diagnostics, new AuditInventoryOptions
        {
            ProjectName = loaded.Name,
            ProjectPath = project.FilePath ?? "",
            TargetFramework = loaded.TargetFramework,
            RootDirectory = rootDirectory,
            AnalyzerOptions = project.AnalyzerOptions,
            SourceDocumentPaths = AuditInventoryOptions.PathSet(project.Documents.Select(d => d.FilePath).OfType<string>()),
        }, cancellationToken);
        if (inventory.Project.CompilerErrors > 0)
            progress.WriteLine($"warning: {label} has {inventory.Project.CompilerErrors} compiler error(s); its inventory may be incomplete");
        return inventory;
    }
}
