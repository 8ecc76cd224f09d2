using System;
using System.Collections.Generic;
using System.Linq;

namespace ConsentGuard.Cli.Inventory;

/// <summary>
/// The audit of one solution or project: the inventories of its projects combined, the purpose × category
/// matrix and the totals. Every writer renders this one object. No timestamps: the same code gives the same
/// report, so a report committed beside the code diffs cleanly.
/// </summary>
public sealed class AuditReport
{
    /// <summary>The version of docs/audit-schema.json the JSON output follows.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The matrix row for personal data that declares no purpose (not a C# identifier, so no purpose can be named so).</summary>
    public const string NoPurposeRow = "(none)";

    public string SchemaVersion => CurrentSchemaVersion;
    public required ToolInfo Tool { get; init; }

    /// <summary>The audited file, as given on the command line.</summary>
    public required string Input { get; init; }

    /// <summary>The audited file's folder, absolute; locations are relative to it. Only SARIF names it (as its SRCROOT).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string RootDirectory { get; init; } = "";

    /// <summary>Every rule ConsentGuard can report, with its help page: what the findings' IDs mean.</summary>
    public required IReadOnlyList<RuleEntry> Rules { get; init; }

    public required IReadOnlyList<ProjectEntry> Projects { get; init; }
    public required IReadOnlyList<PurposeEntry> Purposes { get; init; }

    /// <summary>The personal-data categories present, with their Fides data categories (docs/taxonomy.md).</summary>
    public IReadOnlyList<CategoryEntry> Categories { get; init; } = [];
    public required IReadOnlyList<PersonalDataEntry> PersonalData { get; init; }
    public required PurposeCategoryMatrix Matrix { get; init; }
    public required IReadOnlyList<SinkEntry> Sinks { get; init; }
    public required IReadOnlyList<CheckEntry> Checks { get; init; }
    public required IReadOnlyList<ClearedEntry> Cleared { get; init; }
    public required IReadOnlyList<AnonymizerEntry> Anonymizers { get; init; }
    public required IReadOnlyList<ExemptionEntry> Exemptions { get; init; }

    /// <summary>Every purpose's legal basis, per project (docs/legal-basis.md).</summary>
    public IReadOnlyList<LegalBasisEntry> LegalBases { get; init; } = Array.Empty<LegalBasisEntry>();

    /// <summary>Exemptions that belong in a legal-basis declaration (<see cref="LegalBasisInventory.Advise"/>).</summary>
    public IReadOnlyList<BasisAdvisoryEntry> BasisAdvisories { get; init; } = Array.Empty<BasisAdvisoryEntry>();
    public required IReadOnlyList<FindingEntry> Findings { get; init; }
    public required AuditTotals Totals { get; init; }

    public static AuditReport Create(string input, string rootDirectory, IEnumerable<ProjectInventory> inventories, IEnumerable<RuleEntry> rules, ToolInfo tool)
    {
        var list = inventories.ToList();
        var personalData = list.SelectMany(i => i.PersonalData)
            .DistinctBy(e => (e.Project, e.SymbolId, e.Parameter, e.Kind))
            .OrderBy(e => e.Project, StringComparer.Ordinal).ThenBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.Location.Line).ThenBy(e => e.Parameter, StringComparer.Ordinal)
            .ToList();
        var sinks = list.SelectMany(i => i.Sinks)
            .DistinctBy(e => (e.Project, e.SymbolId, e.Parameter))
            .OrderBy(e => e.Project, StringComparer.Ordinal).ThenBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.Location.Line).ThenBy(e => e.Location.Column)
            .ToList();
        var checks = Ordered(list.SelectMany(i => i.Checks).DistinctBy(e => (e.Project, e.SymbolId)), e => e.Project, e => e.Type, e => e.Location.Line);
        var cleared = Ordered(list.SelectMany(i => i.Cleared).DistinctBy(e => (e.Project, e.SymbolId)), e => e.Project, e => e.Type, e => e.Location.Line);
        var anonymizers = Ordered(list.SelectMany(i => i.Anonymizers).DistinctBy(e => (e.Project, e.SymbolId)), e => e.Project, e => e.Type, e => e.Location.Line);
        // Soonest expiry first (what needs review next), then those without an end date, each in code order.
        var exemptions = list.SelectMany(i => i.Exemptions).DistinctBy(e => (e.Project, e.SymbolId, e.Purpose))
            .OrderBy(e => e.Expires is null ? 1 : 0).ThenBy(e => e.Expires, StringComparer.Ordinal)
            .ThenBy(e => e.Project, StringComparer.Ordinal).ThenBy(e => e.Location.Path, StringComparer.Ordinal).ThenBy(e => e.Location.Line)
            .ToList();
        var findings = list.SelectMany(i => i.Findings)
            .DistinctBy(f => (f.Project, f.Id, f.Location, f.Message))
            .OrderBy(f => f.Project, StringComparer.Ordinal).ThenBy(f => f.Location.Path, StringComparer.Ordinal).ThenBy(f => f.Location.Line).ThenBy(f => f.Location.Column).ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
        var purposes = list.SelectMany(i => i.Purposes).DistinctBy(p => p.Name)
            .OrderBy(p => p.IsBuiltIn ? 0 : 1).ThenBy(p => p.IsBuiltIn ? "" : p.Name, StringComparer.Ordinal).ToList(); // a stable sort: built-ins keep their SPEC order
        var projects = list.Select(i => i.Project).ToList();
        var legalBases = list.SelectMany(i => i.LegalBases).DistinctBy(b => (b.Project, b.Purpose)).ToList();

        return new AuditReport
        {
            Tool = tool,
            Input = input,
            RootDirectory = rootDirectory,
            Rules = RuleEntry.Complete(rules, findings),
            Projects = projects,
            Purposes = purposes,
            Categories = personalData.Select(e => e.Category).Distinct().OrderBy(c => c, StringComparer.Ordinal)
                .Select(c => new CategoryEntry(c, AuditInventory.SpecialCategories.Contains(c),
                    ConsentGuard.Analyzers.Model.PurposeTaxonomy.CategoryFides.TryGetValue(c, out var fides) ? fides : null))
                .ToList(),
            PersonalData = personalData,
            Matrix = PurposeCategoryMatrix.From(purposes, personalData),
            Sinks = sinks,
            Checks = checks,
            Cleared = cleared,
            Anonymizers = anonymizers,
            Exemptions = exemptions,
            LegalBases = legalBases,
            BasisAdvisories = LegalBasisInventory.Advise(exemptions, legalBases),
            Findings = findings,
            Totals = AuditTotals.From(projects, purposes, personalData, sinks, checks, cleared, anonymizers, exemptions, findings),
        };
    }

    /// <summary>How many unsuppressed findings are at or above <paramref name="threshold"/>: what makes the audit fail.</summary>
    public int CountFindingsAtOrAbove(FailOn threshold) => threshold switch
    {
        FailOn.Error => Findings.Count(f => !f.IsSuppressed && f.Severity == "error"),
        FailOn.Warning => Findings.Count(f => !f.IsSuppressed && f.Severity is "error" or "warning"),
        _ => 0,
    };

    public bool HasFindingsAtOrAbove(FailOn threshold) => CountFindingsAtOrAbove(threshold) > 0;

    private static List<T> Ordered<T>(IEnumerable<T> items, Func<T, string> first, Func<T, string> second, Func<T, int> third) =>
        items.OrderBy(first, StringComparer.Ordinal).ThenBy(second, StringComparer.Ordinal).ThenBy(third).ToList();
}

/// <summary>Which findings make the audit fail (exit code 1).</summary>
public enum FailOn
{
    Error,
    Warning,
    None,
}

/// <summary>A rule's metadata, from its descriptor.</summary>
public sealed record RuleEntry(string Id, string Title, string Description, string DefaultSeverity, string Category, string? HelpUri)
{
    /// <summary>The known rules, plus one for any finding whose rule is not among them (an AD0001 crash report, say).</summary>
    public static IReadOnlyList<RuleEntry> Complete(IEnumerable<RuleEntry> known, IEnumerable<FindingEntry> findings)
    {
        var rules = known.DistinctBy(r => r.Id).ToList();
        foreach (var finding in findings)
            if (!rules.Any(r => r.Id == finding.Id))
                rules.Add(new RuleEntry(finding.Id, finding.Title, finding.Title, finding.Severity, "", finding.HelpUri));
        return rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
    }
}

public sealed record ToolInfo(string Name, string Version, string InformationUri);

/// <summary>
/// How many personal-data entries of each category declare each purpose. Rows: every known purpose, any other
/// purpose some data declares, and <see cref="AuditReport.NoPurposeRow"/>; columns: the categories present,
/// in <c>PersonalDataCategory</c> order. <see cref="Cells"/> holds the non-zero counts.
/// </summary>
public sealed record PurposeCategoryMatrix(IReadOnlyList<string> Purposes, IReadOnlyList<string> Categories, IReadOnlyList<MatrixCell> Cells)
{
    public static readonly IReadOnlyList<string> CategoryOrder = new[]
    {
        "Unspecified", "Identifier", "Contact", "Demographic", "Professional", "UserContent", "Behavioral",
        "Location", "Financial", "Health", "Biometric", "Genetic", "SpecialCategory",
    };

    public int Count(string purpose, string category) =>
        Cells.FirstOrDefault(c => c.Purpose == purpose && c.Category == category)?.Count ?? 0;

    [System.Text.Json.Serialization.JsonIgnore]
    public int Max => Cells.Count == 0 ? 0 : Cells.Max(c => c.Count);

    public static PurposeCategoryMatrix From(IReadOnlyList<PurposeEntry> purposes, IReadOnlyList<PersonalDataEntry> personalData)
    {
        var rows = purposes.Select(p => p.Name).ToList();
        rows.AddRange(personalData.SelectMany(e => e.Purposes).Distinct().Where(p => !rows.Contains(p)).OrderBy(p => p, StringComparer.Ordinal));
        rows.Add(AuditReport.NoPurposeRow);
        var present = personalData.Select(e => e.Category).ToHashSet();
        var columns = CategoryOrder.Where(present.Contains).Concat(present.Where(c => !CategoryOrder.Contains(c)).OrderBy(c => c, StringComparer.Ordinal)).ToList();

        var cells = new List<MatrixCell>();
        foreach (var row in rows)
            foreach (var column in columns)
            {
                var count = personalData.Count(e => e.Category == column && (row == AuditReport.NoPurposeRow ? e.Purposes.Count == 0 : e.Purposes.Contains(row)));
                if (count > 0)
                    cells.Add(new MatrixCell(row, column, count));
            }
        return new PurposeCategoryMatrix(rows, columns, cells);
    }
}

public sealed record FindingTotals(int Errors, int Warnings, int Infos, int Suppressed);

public sealed record AuditTotals(
    int Projects, int CompilerErrors, int Purposes, int PersonalData, int PersonalDataTypes, int SpecialCategoryData,
    int Sinks, int Checks, int Cleared, int Anonymizers, int Exemptions, int ExemptFlows, FindingTotals Findings)
{
    public static AuditTotals From(
        IReadOnlyList<ProjectEntry> projects, IReadOnlyList<PurposeEntry> purposes, IReadOnlyList<PersonalDataEntry> personalData,
        IReadOnlyList<SinkEntry> sinks, IReadOnlyList<CheckEntry> checks, IReadOnlyList<ClearedEntry> cleared,
        IReadOnlyList<AnonymizerEntry> anonymizers, IReadOnlyList<ExemptionEntry> exemptions, IReadOnlyList<FindingEntry> findings)
    {
        var active = findings.Where(f => !f.IsSuppressed).ToList();
        return new AuditTotals(
            projects.Select(p => p.Name).Distinct().Count(),
            projects.Sum(p => p.CompilerErrors),
            purposes.Count,
            personalData.Count,
            personalData.Select(e => (e.Project, e.Type)).Distinct().Count(),
            personalData.Count(e => e.IsSpecialCategory),
            sinks.Count,
            checks.Count,
            cleared.Count,
            anonymizers.Count,
            exemptions.Count,
            exemptions.Sum(e => e.Flows.Count),
            new FindingTotals(
                active.Count(f => f.Severity == "error"),
                active.Count(f => f.Severity == "warning"),
                active.Count(f => f.Severity == "info"),
                findings.Count(f => f.IsSuppressed)));
    }
}
