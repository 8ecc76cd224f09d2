using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ConsentGuard.Cli.Inventory;

namespace ConsentGuard.Cli.Output;

/// <summary>
/// SARIF 2.1.0 for code-scanning tools: one run, every ConsentGuard rule with its help URI, one result per
/// finding. Suppressed findings carry <c>suppressions</c> (kind inSource, with the justification), so viewers
/// show them as suppressed rather than dropping them. Locations are relative to SRCROOT, the audited file's folder.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string RootBaseId = "SRCROOT";

    public void Write(AuditReport report, TextWriter output)
    {
        var rules = report.Rules.ToList();
        var sarif = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "ConsentGuard",
                        ["version"] = report.Tool.Version,
                        ["semanticVersion"] = report.Tool.Version,
                        ["informationUri"] = report.Tool.InformationUri,
                        ["rules"] = new JsonArray(rules.Select(Rule).ToArray<JsonNode?>()),
                    },
                },
                ["results"] = new JsonArray(report.Findings.Select(f => Result(f, rules.FindIndex(r => r.Id == f.Id))).ToArray<JsonNode?>()),
                ["columnKind"] = "utf16CodeUnits",
                ["properties"] = new JsonObject
                {
                    // The inventory's totals ride along, so a code-scanning upload keeps the audit's headline numbers.
                    ["consentGuardTotals"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(report.Totals, JsonReportWriter.Options)),
                },
            }),
        };
        if (report.RootDirectory.Length > 0)
            sarif["runs"]![0]!["originalUriBaseIds"] = new JsonObject { [RootBaseId] = new JsonObject { ["uri"] = FolderUri(report.RootDirectory) } };
        output.Write(sarif.ToJsonString(JsonReportWriter.Options));
        output.WriteLine();
    }

    private static JsonObject Rule(RuleEntry rule)
    {
        var node = new JsonObject
        {
            ["id"] = rule.Id,
            ["name"] = RuleName(rule.Title),
            ["shortDescription"] = new JsonObject { ["text"] = rule.Title },
            ["fullDescription"] = new JsonObject { ["text"] = rule.Description.Length > 0 ? rule.Description : rule.Title },
            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(rule.DefaultSeverity) },
            ["properties"] = new JsonObject { ["category"] = rule.Category },
        };
        if (rule.HelpUri is not null)
            node["helpUri"] = rule.HelpUri;
        return node;
    }

    private static JsonObject Result(FindingEntry finding, int ruleIndex)
    {
        var result = new JsonObject
        {
            ["ruleId"] = finding.Id,
            ["ruleIndex"] = ruleIndex,
            ["level"] = Level(finding.Severity),
            ["message"] = new JsonObject { ["text"] = finding.Message },
            ["locations"] = new JsonArray(Location(finding.Location)),
            ["properties"] = new JsonObject { ["project"] = finding.Project },
        };
        if (finding.Suppression is { } suppression)
        {
            var entry = new JsonObject { ["kind"] = "inSource", ["status"] = "accepted" };
            if (suppression.Justification is not null)
                entry["justification"] = suppression.Justification;
            entry["properties"] = new JsonObject { ["suppressedBy"] = suppression.Kind };
            result["suppressions"] = new JsonArray(entry);
        }
        return result;
    }

    private static JsonObject Location(SourceLocation location)
    {
        var physical = new JsonObject
        {
            ["artifactLocation"] = new JsonObject { ["uri"] = RelativeUri(location.Path), ["uriBaseId"] = RootBaseId },
        };
        if (location.Line > 0)
            physical["region"] = new JsonObject { ["startLine"] = location.Line, ["startColumn"] = Math.Max(1, location.Column) };
        return new JsonObject { ["physicalLocation"] = physical };
    }

    /// <summary>SARIF levels: error, warning, note, none.</summary>
    public static string Level(string severity) => severity switch
    {
        "error" => "error",
        "warning" => "warning",
        "info" => "note",
        _ => "none",
    };

    /// <summary>A rule's name in PascalCase from its title, as SARIF suggests ("PersonalDataReachesAPurposeWithoutAConsentCheck").</summary>
    private static string RuleName(string title) =>
        string.Concat(title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]).Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())));

    private static string RelativeUri(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    private static string FolderUri(string folder) =>
        new Uri(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar).AbsoluteUri;
}
