using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using ConsentGuard.Cli.Tests.Output;
using static ConsentGuard.Cli.Tests.EndToEnd.SampleSource;

namespace ConsentGuard.Cli.Tests.EndToEnd;

/// <summary>The README's command on samples/ProNet, in every format: everything the sample declares is there, where it is declared.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class SampleAuditTests : IClassFixture<SampleAuditFixture>
{
    private readonly SampleAuditFixture _audit;

    public SampleAuditTests(SampleAuditFixture audit) => _audit = audit;

    [Fact]
    public void Exit_codes_follow_fail_on_the_sample_has_a_warning_and_a_suppressed_error_only()
    {
        Assert.Equal((1, 0, 0, 0), (_audit.Markdown.ExitCode, _audit.Json.ExitCode, _audit.Sarif.ExitCode, _audit.Html.ExitCode));
        Assert.Contains("1 finding(s) at or above --fail-on warning", _audit.Markdown.Stderr);
    }

    [Fact]
    public void Progress_goes_to_stderr_and_the_report_alone_to_stdout()
    {
        Assert.Contains("loaded ProNet.csproj", _audit.Markdown.Stderr);
        Assert.Contains("analyzing ProNet", _audit.Markdown.Stderr);
        Assert.StartsWith("# ConsentGuard audit: samples/ProNet/ProNet.csproj", _audit.Markdown.Stdout);
        Assert.DoesNotContain("loaded", _audit.Markdown.Stdout);
        Assert.Equal("", _audit.Json.Stdout);
        Assert.Contains("wrote ", _audit.Json.Stderr);
    }

    [Fact]
    public void Json_validates_against_the_schema_and_lists_every_member_sink_check_exemption_and_finding_where_declared()
    {
        var document = JsonNode.Parse(File.ReadAllText(_audit.JsonPath))!;
        var validation = JsonReportWriterTests.Validate(document);
        Assert.True(validation.IsValid, JsonReportWriterTests.Errors(validation));

        Assert.Equal(
            PersonalData.Select(p => (p.Type, p.Member, p.Category, string.Join(",", p.Purposes), At(p.File, p.Text))).OrderBy(p => p.Type + "." + p.Member, System.StringComparer.Ordinal),
            document["personalData"]!.AsArray().Select(e => ((string)e!["type"]!, (string)e["member"]!, (string)e["category"]!, string.Join(",", e["purposes"]!.AsArray().Select(p => (string)p!)), Where(e["location"]!))).OrderBy(p => p.Item1 + "." + p.Item2, System.StringComparer.Ordinal));
        Assert.Equal(
            Sinks.Select(s => (s.Type, s.Member, s.Parameter, s.Purpose, At(s.File, s.Text))),
            document["sinks"]!.AsArray().Select(e => ((string)e!["type"]!, (string)e["member"]!, (string?)e["parameter"], string.Join(",", e["purposes"]!.AsArray().Select(p => (string)p!)), Where(e["location"]!))));
        Assert.Equal(
            Checks.Select(c => (c.Type, c.Member, c.Purpose, c.Answer, At(c.File, c.Text))),
            document["checks"]!.AsArray().Select(c => ((string)c!["type"]!, (string)c["member"]!, (string?)c["purpose"], (string)c["answer"]!, Where(c["location"]!))));

        var exemption = Assert.Single(document["exemptions"]!.AsArray())!;
        Assert.Equal(("FraudDetection", ExemptionJustification), ((string)exemption["purpose"]!, (string)exemption["justification"]!));
        var flow = Assert.Single(exemption["flows"]!.AsArray())!;
        Assert.Equal(("Member.Email", At("Pipelines.cs", "fraud.LastScreened = member.Email")), ((string)flow["origins"]![0]!, Where(flow["location"]!)));

        Assert.Equal(
            Findings.Select(f => (f.Id, f.Severity, At(f.File, f.Text), f.Justification)),
            document["findings"]!.AsArray().Select(f => ((string)f!["id"]!, (string)f["severity"]!, Where(f["location"]!), (string?)f["suppression"]?["justification"])));
    }

    [Fact]
    public void Sarif_has_the_findings_with_rules_help_uris_locations_and_the_suppression()
    {
        var run = JsonNode.Parse(File.ReadAllText(_audit.SarifPath))!["runs"]![0]!;
        Assert.All(run["tool"]!["driver"]!["rules"]!.AsArray(), r => Assert.StartsWith("https://github.com/consentguard/consentguard/blob/main/docs/rules/", (string)r!["helpUri"]!));
        Assert.Equal(
            Findings.Select(f => (f.Id, f.Severity, f.File, LineOf(f.File, f.Text), f.Justification)),
            run["results"]!.AsArray().Select(r =>
            {
                var location = r!["locations"]![0]!["physicalLocation"]!;
                return ((string)r["ruleId"]!, (string)r["level"]!, (string)location["artifactLocation"]!["uri"]!, (int)location["region"]!["startLine"]!,
                    (string?)r["suppressions"]?[0]?["justification"]);
            }));
    }

    [Fact]
    public void Markdown_lists_every_member_sink_check_and_finding_with_its_location()
    {
        var markdown = _audit.Markdown.Stdout;
        foreach (var p in PersonalData)
            Assert.Contains($"| `{p.Type}` | `{p.Member}` | {p.Category} | {(p.Purposes.Length == 0 ? "—" : string.Join(", ", p.Purposes))} | {At(p.File, p.Text)} |", markdown);
        foreach (var s in Sinks)
            Assert.Contains($"| `{s.Type}.{s.Member}` | {(s.Parameter is null ? "assigned value" : $"parameter `{s.Parameter}`")} | {s.Purpose} | {At(s.File, s.Text)} |", markdown);
        foreach (var c in Checks)
            Assert.Contains($"| `{c.Type}.{c.Member}` | {c.Purpose ?? "the `purpose` argument"} | {c.Answer} | {At(c.File, c.Text)} |", markdown);
        foreach (var f in Findings)
            Assert.Contains($"[{f.Id}](https://github.com/consentguard/consentguard/blob/main/docs/rules/{f.Id}.md) |", markdown);
        Assert.Contains($"| {At("Pipelines.cs", "public void ReplayFeedForSupport")} | yes (SuppressMessage): {Findings[0].Justification} |", markdown);
        Assert.Contains(ExemptionJustification, markdown);
    }

    [Fact]
    public void Html_is_written_and_lists_every_member_sink_and_finding_location()
    {
        var html = File.ReadAllText(_audit.HtmlPath);
        Assert.StartsWith("<!DOCTYPE html>", html);
        foreach (var p in PersonalData)
            Assert.Contains($"<code>{p.Member}</code>", html);
        foreach (var location in PersonalData.Select(p => At(p.File, p.Text)).Concat(Sinks.Select(s => At(s.File, s.Text))).Concat(Findings.Select(f => At(f.File, f.Text))))
            Assert.Contains(">" + location, html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(ExemptionJustification), html);
    }

    [Fact]
    public void The_excerpt_in_docs_audit_md_is_real_output_of_the_sample()
    {
        var doc = File.ReadAllText(Path.Combine(Infrastructure.RepositoryPaths.Root, "docs", "audit.md")).Replace("\r\n", "\n");
        var start = doc.IndexOf("<!-- audit-excerpt:start -->", System.StringComparison.Ordinal);
        var end = doc.IndexOf("<!-- audit-excerpt:end -->", System.StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/audit.md has no audit excerpt");
        var excerpt = doc[start..end].Split('\n').Where(line => !line.StartsWith("<!--") && !line.StartsWith("```")).ToList();
        // The excerpt leaves sections out: each part (the title, then each section) must appear as it is.
        var parts = new System.Collections.Generic.List<string>();
        foreach (var line in excerpt)
        {
            if (parts.Count == 0 || line.StartsWith("## ", System.StringComparison.Ordinal))
                parts.Add("");
            parts[^1] += line + "\n";
        }
        Assert.True(parts.Count >= 4, "the excerpt should show the title and several sections");
        var output = _audit.Markdown.Stdout.Replace("\r\n", "\n");
        foreach (var part in parts)
            Assert.Contains(part.Trim(), output);
    }

    private static string Where(JsonNode location) => (string)location["path"]! + ":" + (int)location["line"]!;
}
