using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ConsentGuard.Cli.Inventory;
using ConsentGuard.Cli.Output;
using ConsentGuard.Cli.Tests.Infrastructure;
using Json.Schema;

namespace ConsentGuard.Cli.Tests.Output;

public sealed class JsonReportWriterTests : IClassFixture<ReportFixture>
{
    private readonly ReportFixture _fixture;

    public JsonReportWriterTests(ReportFixture fixture) => _fixture = fixture;

    internal static EvaluationResults Validate(JsonNode? document) =>
        JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Schema))
            .Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

    internal static string Errors(EvaluationResults results) =>
        string.Join("\n", results.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)));

    [Fact]
    public void The_report_validates_against_docs_audit_schema_json()
    {
        var results = Validate(JsonNode.Parse(_fixture.Render(new JsonReportWriter())));
        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void The_schema_rejects_what_it_does_not_describe()
    {
        var document = JsonNode.Parse(_fixture.Render(new JsonReportWriter()))!.AsObject();
        document["personalData"]![0]!["surprise"] = true;
        Assert.False(Validate(document).IsValid);

        var withoutTotals = JsonNode.Parse(_fixture.Render(new JsonReportWriter()))!.AsObject();
        withoutTotals.Remove("totals");
        Assert.False(Validate(withoutTotals).IsValid);
    }

    [Fact]
    public void The_report_says_its_schema_version_and_carries_every_entry_with_its_location()
    {
        var document = JsonNode.Parse(_fixture.Render(new JsonReportWriter()))!;
        Assert.Equal(AuditReport.CurrentSchemaVersion, (string?)document["schemaVersion"]);
        Assert.Equal("1.0", AuditReport.CurrentSchemaVersion);
        var email = document["personalData"]!.AsArray().Single(e => (string?)e!["member"] == "Email")!;
        Assert.Equal("Contact", (string?)email["category"]);
        Assert.Equal(new[] { "FraudDetection", "Personalization" }, email["purposes"]!.AsArray().Select(p => (string?)p));
        Assert.Equal("Shop.cs", (string?)email["location"]!["path"]);
        Assert.Equal(Inventory.InventorySample.Line("email"), (int)email["location"]!["line"]!);
        var suppressed = document["findings"]!.AsArray().Where(f => (bool)f!["isSuppressed"]!).ToList();
        Assert.Equal(new[] { "Replay requested by the customer", "Ticket 42: approved by legal" }, suppressed.Select(f => (string?)f!["suppression"]!["justification"]));
        Assert.Equal(_fixture.Report.Findings.Count, document["findings"]!.AsArray().Count);
    }
}
