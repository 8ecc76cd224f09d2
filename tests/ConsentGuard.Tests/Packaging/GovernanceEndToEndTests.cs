using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace ConsentGuard.Tests.Packaging;

/// <summary>
/// Issue 19's "done when", on the packed package: a copy of samples/ProNet that gets ConsentGuard from this run's pack
/// (<see cref="PackedSampleCopy"/>), built by <c>dotnet build</c> and audited by the packed <c>consentguard</c> tool.
/// Its one CG0001 (a Personalization flow) is baselined and a new leak fails the build alone; Personalization switched
/// to warning builds, and a per-rule severity in .editorconfig still overrides it; an expired exemption is reported;
/// the audit JSON carries enforcement, ticket, expiry and taxonomy; diff between two revisions of a temporary git
/// repository shows an added purpose and exits 1 under --fail-on new-purpose.
/// </summary>
[Collection(PackedSolutionCollection.Name)]
public sealed class GovernanceEndToEndTests(PackedSolutionFixture fixture, ITestOutputHelper output)
{
    private const string NewLeak = """
        namespace ProNet;

        public sealed class NewLeak(FeatureFile features)
        {
            public void Leak(Member member) => features.Add("city", "city", member.City);
        }
        """;

    private const string BaselineFile = "ConsentGuard.baseline.json";

    [Fact]
    public async Task A_baseline_written_by_the_packed_tool_suppresses_the_existing_finding_and_a_new_leak_fails_the_build_alone()
    {
        var consumer = await PackedSampleCopy.CreateAsync(fixture, "governance-baseline", BaselineFile);
        var project = Path.Combine(consumer, PackedSampleCopy.ProjectPath);
        var tool = await fixture.ToolAsync();

        var written = await RunAsync(tool, "baseline", project);
        Assert.True(written.ExitCode == 0, written.ToString());
        var baselinePath = Path.Combine(consumer, "ProNet", BaselineFile);
        var entry = Assert.Single(JsonNode.Parse(await File.ReadAllTextAsync(baselinePath))!["findings"]!.AsArray())!;
        Assert.Equal(("CG0001", "Personalization", "M:ProNet.Pipelines.ReplayFeedForSupport(ProNet.Member)"),
            ((string?)entry["rule"], (string?)entry["purpose"], (string?)entry["member"]));
        Assert.DoesNotContain("\"line\"", await File.ReadAllTextAsync(baselinePath), StringComparison.OrdinalIgnoreCase);

        var audit = await AuditAsync(tool, consumer, project);
        var finding = Assert.Single(audit["findings"]!.AsArray(), f => (string?)f!["id"] == "CG0001")!;
        Assert.Equal("baseline", (string?)finding["suppression"]!["kind"]);

        await File.WriteAllTextAsync(Path.Combine(consumer, "ProNet", "NewLeak.cs"), NewLeak);
        var build = await BuildAsync(consumer, SarifArgument);
        Assert.True(build.ExitCode != 0, "the new leak must fail the build. " + build);
        ConsumerDirectory.AssertUsesThePackedPackage(fixture, build);
        var error = Assert.Single(CompilerLines(build, "error CG"));
        Assert.Contains("NewLeak.cs", error, StringComparison.Ordinal);
        Assert.Contains("error CG0001", error, StringComparison.Ordinal);
        // The compiler's own log shows the baselined finding as suppressed, with the baseline as the justification.
        var sarif = await File.ReadAllTextAsync(Path.Combine(consumer, "ProNet", "out.sarif"));
        var suppressed = JsonNode.Parse(sarif)!["runs"]![0]!["results"]!.AsArray()
            .Where(r => (string?)r!["ruleId"] == "CG0001" && r["suppressions"] is JsonArray { Count: > 0 }).ToList();
        var result = Assert.Single(suppressed)!;
        Assert.Contains("Pipelines.cs", result["locations"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(BaselineFile, result["suppressions"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_purpose_switched_to_warning_builds_an_expired_exemption_is_reported_and_an_editorconfig_rule_severity_still_wins()
    {
        var consumer = await PackedSampleCopy.CreateAsync(fixture, "governance-rollout");
        var project = Path.Combine(consumer, PackedSampleCopy.ProjectPath);
        await File.WriteAllTextAsync(Path.Combine(consumer, "ProNet", ".globalconfig"),
            "is_global = true\nconsentguard.purpose.Personalization.enforcement = warning\nconsentguard.reference_date = 2031-01-01\n");

        var build = await BuildAsync(consumer);
        Assert.True(build.ExitCode == 0, "Personalization set to warning must build. " + build);
        ConsumerDirectory.AssertUsesThePackedPackage(fixture, build);
        var flow = Assert.Single(CompilerLines(build, " CG0001:"));
        Assert.Contains("warning CG0001", flow, StringComparison.Ordinal);
        Assert.Contains("'Personalization'", flow, StringComparison.Ordinal);
        var expired = Assert.Single(CompilerLines(build, " CG0013:"));
        Assert.Contains("warning CG0013", expired, StringComparison.Ordinal);
        Assert.Contains("expired after 2030-12-31 (ticket PRIV-7)", expired, StringComparison.Ordinal);

        // The audit of the packed tool: each purpose's mode, the exemption's owner and end, the taxonomy values.
        var audit = await AuditAsync(tool: await fixture.ToolAsync(), consumer, project);
        JsonNode Purpose(string name) => audit["purposes"]!.AsArray().Single(p => (string?)p!["name"] == name)!;
        Assert.Equal("warning", (string?)Purpose("Personalization")["enforcement"]);
        Assert.Equal("error", (string?)Purpose("GenerativeTraining")["enforcement"]);
        var exemption = audit["exemptions"]!.AsArray().Single()!;
        Assert.Equal(("PRIV-7", "2030-12-31"), ((string?)exemption["ticket"], (string?)exemption["expires"]));
        Assert.Equal(("train_ai_system", "dpv:ResearchAndDevelopment", "[]"), Taxonomy(Purpose("GenerativeTraining")));
        Assert.Equal(("personalize.content", "dpv:ServicePersonalisation", "[5,6]"), Taxonomy(Purpose("Personalization")));
        var categories = audit["categories"]!.AsArray().ToDictionary(c => (string)c!["name"]!, c => (string?)c!["fides"]);
        Assert.Equal("user.contact", categories["Contact"]);
        Assert.Equal("user.location", categories["Location"]);

        // docs/adoption.md: the compiler applies a per-rule .editorconfig severity after the purpose's enforcement.
        await File.WriteAllTextAsync(Path.Combine(consumer, "ProNet", ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.CG0001.severity = error\n");
        var raised = await BuildAsync(consumer, "--no-restore");
        Assert.True(raised.ExitCode != 0, "dotnet_diagnostic.CG0001.severity = error must fail the build over the purpose's warning. " + raised);
        Assert.Contains("error CG0001", Assert.Single(CompilerLines(raised, " CG0001:")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_between_two_revisions_shows_an_added_purpose_and_fails_on_new_purpose()
    {
        var consumer = await PackedSampleCopy.CreateAsync(fixture, "governance-diff");
        var project = Path.Combine(consumer, PackedSampleCopy.ProjectPath);
        await GitAsync(consumer, "init", "--quiet");
        await GitAsync(consumer, "add", "-A");
        await GitAsync(consumer, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "-m", "base");
        await File.WriteAllTextAsync(Path.Combine(consumer, "ProNet", "Recruiting.cs"), """
            [assembly: ConsentGuard.DefinePurpose("Recruiting", Description = "Matching members to open positions")]
            """);
        await GitAsync(consumer, "add", "-A");
        await GitAsync(consumer, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "-m", "head");

        var markdown = Path.Combine(consumer, "diff.md");
        var diff = await RunAsync(await fixture.ToolAsync(), "diff", "HEAD~1", "HEAD", "--path", project, "--fail-on", "new-purpose", "--output", markdown);
        Assert.True(diff.ExitCode == 1, "--fail-on new-purpose must exit 1 on an added purpose. " + diff);
        Assert.Contains("new-purpose: Recruiting", diff.Output, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(markdown);
        Assert.Contains("## ConsentGuard privacy diff: HEAD~1 → HEAD", text, StringComparison.Ordinal);
        Assert.Contains("**New purposes:** Recruiting", text, StringComparison.Ordinal);
        Assert.Contains("| added | Recruiting | | enforcement: error |", text, StringComparison.Ordinal);
        // Nothing else changed between the revisions.
        Assert.Equal(new[] { "### Purposes" }, text.Split('\n').Where(l => l.StartsWith("### ", StringComparison.Ordinal)).Select(l => l.TrimEnd('\r')));
        var worktrees = (await GitAsync(consumer, "worktree", "list", "--porcelain")).Split('\n').Count(l => l.StartsWith("worktree ", StringComparison.Ordinal));
        Assert.Equal(1, worktrees); // the temporary worktrees of both sides were removed
    }

    /// <summary>The <c>-p:ErrorLog</c> of the README's "Use in CI": out.sarif in ProNet's folder.</summary>
    private const string SarifArgument = ConsumerConfigurationTests.SarifArgument;

    private async Task<DotNetResult> BuildAsync(string consumer, params string[] arguments)
    {
        var build = await DotNetCli.RunAsync(consumer, ["build", PackedSampleCopy.ProjectPath, .. arguments, "-nodeReuse:false", "-tl:off", "-v:minimal"], ConsumerDirectory.Environment(fixture));
        output.WriteLine(build.ToString());
        ConsumerDirectory.AssertAnalyzersRan(build);
        return build;
    }

    private async Task<DotNetResult> RunAsync(PackedTool tool, params string[] arguments)
    {
        var result = await tool.RunAsync(arguments);
        output.WriteLine(result.ToString());
        return result;
    }

    /// <summary>The packed tool's JSON audit of the copy, already restored and built (<c>--no-restore</c>).</summary>
    private async Task<JsonNode> AuditAsync(PackedTool tool, string consumer, string project)
    {
        var report = Path.Combine(consumer, "audit.json");
        var audit = await RunAsync(tool, "audit", project, "--format", "json", "--output", report, "--no-restore", "--fail-on", "none");
        Assert.True(audit.ExitCode == 0, audit.ToString());
        return JsonNode.Parse(await File.ReadAllTextAsync(report))!;
    }

    private static (string?, string?, string) Taxonomy(JsonNode purpose) =>
        ((string?)purpose["taxonomy"]!["fides"], (string?)purpose["taxonomy"]!["dpv"], purpose["taxonomy"]!["tcf"]!.ToJsonString());

    /// <summary>The compiler's lines containing <paramref name="text"/>, each once (MSBuild repeats errors and warnings in its summary).</summary>
    private static string[] CompilerLines(DotNetResult build, string text) =>
        build.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains(text, StringComparison.Ordinal)).Distinct().ToArray();

    private static async Task<string> GitAsync(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {await stdout}{await stderr}");
        return await stdout;
    }
}
