using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Cli.Analysis;
using ConsentGuard.Cli.Inventory;
using ConsentGuard.Cli.Tests.Infrastructure;

namespace ConsentGuard.Cli.Tests.Inventory;

public sealed class AuditReportTests
{
    internal static async Task<AuditReport> SampleReportAsync()
    {
        var analyzed = await TestCompilation.AnalyzeAsync(TestCompilation.Compile("Shop", (InventorySample.Path, InventorySample.Source)));
        return AuditReport.Create("Shop.csproj", "/src", new[] { analyzed.Inventory("Shop") }, ConsentGuardComponents.RuleEntries, AuditCommand.Tool);
    }

    [Fact]
    public async Task The_matrix_counts_personal_data_per_purpose_and_category_with_a_row_for_data_declaring_no_purpose()
    {
        var matrix = (await SampleReportAsync()).Matrix;
        Assert.Equal(new[] { "Identifier", "Contact", "Demographic", "Behavioral", "Location", "Financial", "Health" }, matrix.Categories);
        Assert.Equal(AuditReport.NoPurposeRow, matrix.Purposes[^1]);
        Assert.Equal(
            new[]
            {
                ("GenerativeTraining", "Behavioral", 1),
                ("Personalization", "Contact", 1), ("Personalization", "Behavioral", 1), ("Personalization", "Health", 1),
                ("FraudDetection", "Contact", 1),
                (AuditReport.NoPurposeRow, "Identifier", 1), (AuditReport.NoPurposeRow, "Demographic", 1),
                (AuditReport.NoPurposeRow, "Location", 1), (AuditReport.NoPurposeRow, "Financial", 1),
            },
            matrix.Cells.Select(c => (c.Purpose, c.Category, c.Count)));
    }

    [Fact]
    public async Task Totals_count_entries_and_unsuppressed_findings_by_severity()
    {
        var totals = (await SampleReportAsync()).Totals;
        Assert.Equal((7, 4, 1, 3, 2, 1, 1, 2, 1), (totals.PersonalData, totals.PersonalDataTypes, totals.SpecialCategoryData, totals.Sinks, totals.Checks, totals.Cleared, totals.Anonymizers, totals.Exemptions, totals.ExemptFlows));
        Assert.Equal(new FindingTotals(Errors: 2, Warnings: 1, Infos: 0, Suppressed: 2), totals.Findings);
    }

    [Fact]
    public async Task Fail_on_counts_only_unsuppressed_findings_at_or_above_the_threshold()
    {
        var report = await SampleReportAsync();
        Assert.True(report.HasFindingsAtOrAbove(FailOn.Error));
        Assert.True(report.HasFindingsAtOrAbove(FailOn.Warning));
        Assert.False(report.HasFindingsAtOrAbove(FailOn.None));

        var onlyWarningAndSuppressed = Create(report.Findings.Where(f => f.Severity == "warning" || f.IsSuppressed));
        Assert.False(onlyWarningAndSuppressed.HasFindingsAtOrAbove(FailOn.Error));
        Assert.True(onlyWarningAndSuppressed.HasFindingsAtOrAbove(FailOn.Warning));
        Assert.False(Create(report.Findings.Where(f => f.IsSuppressed)).HasFindingsAtOrAbove(FailOn.Warning));
    }

    [Fact]
    public async Task Projects_loaded_once_per_target_framework_are_reported_once()
    {
        var analyzed = await TestCompilation.AnalyzeAsync(TestCompilation.Compile("Shop", (InventorySample.Path, InventorySample.Source)));
        var report = AuditReport.Create("Shop.csproj", "/src", new[] { analyzed.Inventory("Shop"), analyzed.Inventory("Shop") }, ConsentGuardComponents.RuleEntries, AuditCommand.Tool);
        var single = await SampleReportAsync();
        Assert.Equal(single.PersonalData.Count, report.PersonalData.Count);
        Assert.Equal(single.Findings.Count, report.Findings.Count);
        Assert.Equal(single.Exemptions.Count, report.Exemptions.Count);
        Assert.Equal(1, report.Totals.Projects);
    }

    private static AuditReport Create(System.Collections.Generic.IEnumerable<FindingEntry> findings)
    {
        var inventory = new ProjectInventory { Project = new ProjectEntry("P", "", null, 0) };
        inventory.Findings.AddRange(findings);
        return AuditReport.Create("P.csproj", "/src", new[] { inventory }, ConsentGuardComponents.RuleEntries, AuditCommand.Tool);
    }
}
