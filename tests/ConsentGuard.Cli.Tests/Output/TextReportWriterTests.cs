using System.Linq;
using System.Text.RegularExpressions;
using ConsentGuard.Cli.Inventory;
using ConsentGuard.Cli.Output;
using ConsentGuard.Cli.Tests.Inventory;

namespace ConsentGuard.Cli.Tests.Output;

/// <summary>Markdown and HTML: every entry of the report is in them, suppressed findings marked, and the HTML is self-contained.</summary>
public sealed class TextReportWriterTests : IClassFixture<ReportFixture>
{
    private readonly ReportFixture _fixture;

    public TextReportWriterTests(ReportFixture fixture) => _fixture = fixture;

    [Fact]
    public void Markdown_has_every_section_and_entry_with_its_location()
    {
        var markdown = _fixture.Render(new MarkdownReportWriter());
        foreach (var heading in new[] { "## Personal data", "## Purpose × category", "## Sinks", "## Consent checks", "## Cleared members", "## Anonymizers", "## Exemptions", "## Findings", "## Purposes" })
            Assert.Contains(heading, markdown);
        Assert.Contains($"| `Shop.Customer` | `Email` | Contact | FraudDetection, Personalization | Shop.cs:{InventorySample.Line("email")} |", markdown);
        Assert.Contains($"| `Shop.Customer` | `Allergies` | **Health** (Art. 9) | Personalization | Shop.cs:{InventorySample.Line("allergies")} |", markdown);
        Assert.Contains($"| `Shop.Recommender.Suggest(string)` | parameter `interest` | Personalization | Shop.cs:{InventorySample.Line("suggest")} |", markdown);
        Assert.Contains($"| `Shop.Consents.Has(string, string)` | the `purpose` argument | bool | Shop.cs:{InventorySample.Line("has")} |", markdown);
        Assert.Contains("| FraudDetection | `Pipelines.Screen(Customer)` | Legitimate interest | · | · | 1 |", markdown);
        Assert.Contains("| Analytics | `Pipelines.Count(Customer)` | **missing** (CG0009) | · | · | 0 |", markdown);
        Assert.Contains($"- Customer.Email → FraudDetection in `Pipelines.Screen(Customer)` at Shop.cs:{InventorySample.Line("exemptFlow")}", markdown);
        Assert.Contains("yes (SuppressMessage): Replay requested by the customer", markdown);
        Assert.Contains("yes (pragma): Ticket 42: approved by legal", markdown);
        Assert.Contains("| GenerativeTraining | · | · | · | 1 | · | · | · | 1 |", markdown);
        Assert.Contains("| Analytics | built in | error |", markdown);
    }

    [Fact]
    public void Markdown_escapes_pipes_in_cells()
    {
        var report = WithFinding(_fixture.Report, "a | b\nc");
        Assert.Contains("a \\| b c", Render(new MarkdownReportWriter(), report));
    }

    [Fact]
    public void Html_is_one_self_contained_file_with_sortable_tables_and_a_heat_map()
    {
        var html = _fixture.Render(new HtmlReportWriter());
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotMatch(new Regex("<link|<script[^>]*src=|<img|@import|url\\(", RegexOptions.IgnoreCase), html);
        Assert.Matches("<table class=\"sortable\" id=\"personal-data-table\"", html);
        Assert.Single(Regex.Matches(html, "<table class=\"matrix\""));
        Assert.True(Regex.Matches(html, "<td class=\"heat\" style=\"background:rgba\\(37,99,235,").Count >= _fixture.Report.Matrix.Cells.Count);
        Assert.Contains("addEventListener('click'", html);
        foreach (var entry in _fixture.Report.PersonalData.Where(e => e.Kind != "type"))
            Assert.Contains("<code>" + System.Net.WebUtility.HtmlEncode(entry.Member) + "</code>", html);
        Assert.Contains("Replay requested by the customer", html);
        Assert.Equal(2, Regex.Matches(html, "<tr class=\"suppressed\">").Count);
    }

    [Fact]
    public void Html_encodes_what_the_code_says()
    {
        var html = Render(new HtmlReportWriter(), WithFinding(_fixture.Report, "<script>alert(1)</script>"));
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    private static AuditReport WithFinding(AuditReport report, string message)
    {
        var inventory = new ProjectInventory { Project = report.Projects[0] };
        inventory.Findings.Add(new FindingEntry("Shop", "CG0001", "error", "Title", message, null, new SourceLocation("Shop.cs", 1, 1, false), null));
        return AuditReport.Create(report.Input, report.RootDirectory, new[] { inventory }, report.Rules, report.Tool);
    }

    private static string Render(IReportWriter writer, AuditReport report)
    {
        using var text = new System.IO.StringWriter();
        writer.Write(report, text);
        return text.ToString();
    }
}
