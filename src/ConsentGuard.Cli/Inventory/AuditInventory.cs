using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ConsentGuard.Analyzers.Governance;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Cli.Inventory;

/// <summary>
/// Builds one project's inventory from its compilation and the diagnostics ConsentGuard's analyzers reported
/// on it. What is personal data, a sink, a check, cleared, an anonymizer or an exemption is asked of the
/// analyzer's own <see cref="ConsentModel"/>, never decided here: the audit cannot drift from the build.
/// Needs no MSBuild: tests call it with an in-memory compilation.
/// </summary>
public static class AuditInventory
{
    /// <summary>GDPR Art. 9 categories; the report highlights them.</summary>
    public static readonly IReadOnlySet<string> SpecialCategories = new HashSet<string> { "Health", "Biometric", "Genetic", "SpecialCategory" };

    /// <summary>
    /// <paramref name="diagnostics"/>: what the build reports, compiler and analyzer diagnostics alike (suppressed
    /// ones included and marked). ConsentGuard's become findings; compiler errors are counted, because the
    /// inventory of code that does not compile may be incomplete.
    /// </summary>
    public static ProjectInventory Build(Compilation compilation, IEnumerable<Diagnostic> diagnostics, AuditInventoryOptions options, CancellationToken cancellationToken = default)
    {
        var all = diagnostics.ToList();
        var locations = new SourceLocations(options.RootDirectory, options.SourceDocumentPaths);
        var inventory = new ProjectInventory
        {
            Project = new ProjectEntry(
                options.ProjectName,
                options.ProjectPath.Length == 0 ? "" : locations.RelativePath(options.ProjectPath),
                options.TargetFramework,
                CompilerErrors: all.Count(d => d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed && !FindingReader.IsConsentGuard(d))),
        };
        var model = ConsentModel.For(compilation, options.AnalyzerOptions);
        if (model.Types.HasConsentGuard)
        {
            AddPurposes(model, inventory);
            new DeclarationWalker(model, locations, inventory, options.ProjectName, cancellationToken).WalkAssembly(compilation.Assembly);
            LegalBasisInventory.Add(model, inventory, locations, options.ProjectName);
        }
        inventory.Findings.AddRange(FindingReader.Read(compilation, all, locations, options.ProjectName));
        return inventory;
    }

    /// <summary>What the built-in purposes mean (README 'Personal data'), for readers of the report who do not read the code.</summary>
    internal static readonly IReadOnlyDictionary<string, string> BuiltInDescriptions = new Dictionary<string, string>
    {
        ["GenerativeTraining"] = "Training or fine-tuning generative AI models",
        ["ModelTraining"] = "Training other machine-learning models",
        ["Personalization"] = "Tailoring the product to the person",
        ["ContentModeration"] = "Moderating content",
        ["Analytics"] = "Product analytics and statistics",
        ["Advertising"] = "Advertising",
    };

    private static void AddPurposes(ConsentModel model, ProjectInventory inventory)
    {
        string EnforcementOf(string purpose) => GovernanceSettings.Name(model.Governance.EnforcementOf(purpose));
        TaxonomyEntry? TaxonomyOf(string purpose) => PurposeTaxonomy.Of(model, purpose) is { } t && (t.Fides is not null || t.Dpv is not null || t.Tcf.Length > 0)
            ? new TaxonomyEntry(t.Fides, t.Dpv, t.Tcf) : null;
        foreach (var purpose in ConsentModel.BuiltInPurposes)
            inventory.Purposes.Add(new PurposeEntry(purpose, IsBuiltIn: true, BuiltInDescriptions.TryGetValue(purpose, out var description) ? description : null, EnforcementOf(purpose), TaxonomyOf(purpose)));
        foreach (var defined in model.DefinedPurposes.OrderBy(p => p.Key, System.StringComparer.Ordinal))
            inventory.Purposes.Add(new PurposeEntry(defined.Key, IsBuiltIn: false, defined.Value, EnforcementOf(defined.Key), TaxonomyOf(defined.Key)));
    }
}
