using System.Collections.Generic;

namespace ConsentGuard.Cli.Inventory;

// The inventory's records are also the JSON contract (docs/audit-schema.json, camelCase): rename with care
// and bump AuditReport.SchemaVersion when a field changes meaning or disappears.

/// <summary>A place in the code. <see cref="Path"/> is relative to the audited file's folder, with '/' separators.</summary>
public sealed record SourceLocation(string Path, int Line, int Column, bool IsGenerated)
{
    public static readonly SourceLocation None = new("", 0, 0, false);

    public override string ToString() => Line > 0 ? Path + ":" + Line : Path;
}

/// <summary>
/// A custom or built-in purpose known to a compilation, with how strictly flows to it are enforced
/// (<see cref="Enforcement"/>: <c>error</c>, <c>warning</c> or <c>off</c>, from <c>consentguard.purpose.&lt;Name&gt;.enforcement</c>).
/// </summary>
public sealed record PurposeEntry(string Name, bool IsBuiltIn, string? Description, string Enforcement = "error", TaxonomyEntry? Taxonomy = null);

/// <summary>A purpose's equivalents in other taxonomies (docs/taxonomy.md): a Fides data use, a W3C DPV purpose, IAB TCF v2.2 purposes.</summary>
public sealed record TaxonomyEntry(string? Fides, string? Dpv, IReadOnlyList<int> Tcf);

/// <summary>A personal-data category present in the audit, with its Fides (fideslang) data category.</summary>
public sealed record CategoryEntry(string Name, bool IsSpecialCategory, string? Fides);

/// <summary>
/// A member (or type, parameter, return value) that is personal data. <see cref="Member"/> is the name inside
/// <see cref="Type"/> ("" for a [PersonalData] type itself); <see cref="Parameter"/> is set for parameters.
/// </summary>
public sealed record PersonalDataEntry(
    string Project, string Type, string Member, string? Parameter, string Kind, string Category,
    IReadOnlyList<string> Purposes, bool IsSpecialCategory, string SymbolId, SourceLocation Location);

/// <summary>
/// Where a value passed or assigned is used for purposes: a parameter (<see cref="Parameter"/> set) or an
/// assignable property or field.
/// </summary>
public sealed record SinkEntry(
    string Project, string Type, string Member, string? Parameter, string Kind,
    IReadOnlyList<string> Purposes, string SymbolId, SourceLocation Location);

/// <summary>A consent check: its fixed purpose, or null when the purpose is the call's <c>purpose</c> argument.</summary>
public sealed record CheckEntry(
    string Project, string Type, string Member, string? Purpose, string Answer, string SymbolId, SourceLocation Location);

/// <summary>A member whose return value has passed a consent check for <see cref="Purposes"/>.</summary>
public sealed record ClearedEntry(
    string Project, string Type, string Member, IReadOnlyList<string> Purposes, string SymbolId, SourceLocation Location);

/// <summary>A method whose return value is no longer personal data.</summary>
public sealed record AnonymizerEntry(string Project, string Type, string Member, string SymbolId, SourceLocation Location);

/// <summary>A flow to an exempt purpose that the analysis let through because of an exemption.</summary>
public sealed record ExemptFlowEntry(string Member, IReadOnlyList<string> Origins, SourceLocation Location);

/// <summary>
/// A [ConsentExempt]: the purpose, where it is declared (the attribute), why, the flows it exempts, and who owns it
/// until when (<see cref="Ticket"/>, <see cref="Expires"/> as written, <c>yyyy-MM-dd</c>; CG0013 reports it once past).
/// </summary>
public sealed record ExemptionEntry(
    string Project, string DeclaredOn, string Purpose, string? Justification, string SymbolId, SourceLocation Location,
    IReadOnlyList<ExemptFlowEntry> Flows, string? Ticket = null, string? Expires = null);

/// <summary>How a finding was suppressed and, where the code says, why.</summary>
public sealed record SuppressionEntry(string Kind, string? Justification);

/// <summary>
/// A ConsentGuard diagnostic, with the severity in force for the project (.editorconfig applied). For a flow finding
/// (CG0001–CG0003), <see cref="Purpose"/>, <see cref="Member"/> (the containing member's documentation ID) and
/// <see cref="Origins"/> are its baseline key; null for other rules.
/// </summary>
public sealed record FindingEntry(
    string Project, string Id, string Severity, string Title, string Message, string? HelpUri,
    SourceLocation Location, SuppressionEntry? Suppression,
    string? Purpose = null, string? Member = null, IReadOnlyList<string>? Origins = null)
{
    public bool IsSuppressed => Suppression is not null;
}

/// <summary>One cell of the purpose × category matrix: how many personal-data entries of the category declare the purpose.</summary>
public sealed record MatrixCell(string Purpose, string Category, int Count);

/// <summary>An audited project: its name, file (relative), target framework and how healthy its compilation was.</summary>
public sealed record ProjectEntry(string Name, string Path, string? TargetFramework, int CompilerErrors);
