using System.Collections.Generic;

namespace ConsentGuard.Cli.Inventory;

/// <summary>What one project's compilation holds, before projects are combined into an <see cref="AuditReport"/>.</summary>
public sealed class ProjectInventory
{
    public required ProjectEntry Project { get; init; }
    public List<PurposeEntry> Purposes { get; } = new();
    public List<PersonalDataEntry> PersonalData { get; } = new();
    public List<SinkEntry> Sinks { get; } = new();
    public List<CheckEntry> Checks { get; } = new();
    public List<ClearedEntry> Cleared { get; } = new();
    public List<AnonymizerEntry> Anonymizers { get; } = new();
    public List<ExemptionEntry> Exemptions { get; } = new();
    public List<FindingEntry> Findings { get; } = new();
    public List<LegalBasisEntry> LegalBases { get; } = new();
}
