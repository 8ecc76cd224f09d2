using System.Linq;
using System.Text.Json.Nodes;
using ConsentGuard.Cli.Output;
using ConsentGuard.Cli.Tests.Inventory;

namespace ConsentGuard.Cli.Tests.Output;

/// <summary>SARIF 2.1.0, checked structurally: what code-scanning tools read.</summary>
public sealed class SarifReportWriterTests : IClassFixture<ReportFixture>
{
    private readonly JsonNode _sarif;
    private readonly ReportFixture _fixture;

    public SarifReportWriterTests(ReportFixture fixture)
    {
        _fixture = fixture;
        _sarif = JsonNode.Parse(fixture.Render(new SarifReportWriter()))!;
    }

    private JsonNode Run => _sarif["runs"]![0]!;

    [Fact]
    public void It_is_SARIF_2_1_0_with_one_run_of_ConsentGuard()
    {
        Assert.Equal("2.1.0", (string?)_sarif["version"]);
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", (string?)_sarif["$schema"]);
        Assert.Single(_sarif["runs"]!.AsArray());
        Assert.Equal("ConsentGuard", (string?)Run["tool"]!["driver"]!["name"]);
        Assert.Equal("file:///src/", (string?)Run["originalUriBaseIds"]!["SRCROOT"]!["uri"]);
    }

    [Fact]
    public void Every_rule_has_an_id_a_description_a_default_level_and_its_help_uri()
    {
        var rules = Run["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.Contains(rules, r => (string?)r!["id"] == "CG0001");
        Assert.Contains(rules, r => (string?)r!["id"] == "CG0009");
        Assert.All(rules, rule =>
        {
            var id = (string)rule!["id"]!;
            Assert.Equal($"https://github.com/consentguard/consentguard/blob/main/docs/rules/{id}.md", (string?)rule["helpUri"]);
            Assert.False(string.IsNullOrEmpty((string?)rule["shortDescription"]!["text"]));
            Assert.Contains((string?)rule["defaultConfiguration"]!["level"], new[] { "error", "warning", "note", "none" });
        });
    }

    [Fact]
    public void Every_finding_is_a_result_with_rule_level_message_and_location_and_suppressed_ones_carry_their_justification()
    {
        var rules = Run["tool"]!["driver"]!["rules"]!.AsArray();
        var results = Run["results"]!.AsArray();
        Assert.Equal(_fixture.Report.Findings.Count, results.Count);
        foreach (var (result, finding) in results.Zip(_fixture.Report.Findings))
        {
            Assert.Equal(finding.Id, (string?)result!["ruleId"]);
            Assert.Equal(finding.Id, (string?)rules[(int)result["ruleIndex"]!]!["id"]);
            Assert.Equal(finding.Severity == "error" ? "error" : "warning", (string?)result["level"]);
            Assert.Equal(finding.Message, (string?)result["message"]!["text"]);
            var physical = result["locations"]![0]!["physicalLocation"]!;
            Assert.Equal("Shop.cs", (string?)physical["artifactLocation"]!["uri"]);
            Assert.Equal("SRCROOT", (string?)physical["artifactLocation"]!["uriBaseId"]);
            Assert.Equal(finding.Location.Line, (int)physical["region"]!["startLine"]!);
            if (finding.Suppression is null)
                Assert.Null(result["suppressions"]);
            else
                Assert.Equal(finding.Suppression.Justification, (string?)Assert.Single(result["suppressions"]!.AsArray())!["justification"]);
        }
        Assert.Equal(InventorySample.Line("leak"), (int)results[0]!["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!);
    }
}
