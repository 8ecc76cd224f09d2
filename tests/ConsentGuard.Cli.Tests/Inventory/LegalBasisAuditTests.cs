using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using ConsentGuard.Cli.Analysis;
using ConsentGuard.Cli.Inventory;
using ConsentGuard.Cli.Output;
using ConsentGuard.Cli.Tests.Infrastructure;
using ConsentGuard.Cli.Tests.Output;

namespace ConsentGuard.Cli.Tests.Inventory;

/// <summary>The audit lists each purpose's legal basis and points out exemptions that belong in a basis declaration (issue #22).</summary>
public sealed class LegalBasisAuditTests
{
    private const string Source = """
        using ConsentGuard;

        [assembly: LegalBasis(Purposes.Personalization, LegalBasisKind.LegitimateInterest, Assessment = "LIA-2025-07", NoticeDate = "2025-09-01")]
        [assembly: LegalBasis(Purposes.GenerativeTraining, LegalBasisKind.Consent)]

        public class Member
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.Personalization), ConsentPurpose(Purposes.Analytics), ConsentPurpose(Purposes.Advertising)]
            public string Clicks { get; set; } = "";
        }
        public class PrivacySettings
        {
            [ConsentSetting(Purposes.Personalization)] public bool PersonalizeMyFeed { get; set; } = true;
        }
        public interface ISinks
        {
            [ConsentSink(Purposes.Personalization)] void Rank(string s);
            [ConsentSink(Purposes.Analytics)] void Count(string s);
            [ConsentSink(Purposes.Advertising)] void Target(string s);
        }
        public class Jobs(ISinks sinks)
        {
            [ConsentExempt(Purposes.Personalization, Justification = "internal ranking experiment")]
            public void Rank(Member m) => sinks.Rank(m.Clicks);
            [ConsentExempt(Purposes.Analytics, Justification = "Legitimate interest: product statistics, members can opt out")]
            public void Count(Member m) => sinks.Count(m.Clicks);
            [ConsentExempt(Purposes.Advertising, Justification = "Synthetic test accounts only")]
            public void Target(Member m) => sinks.Target(m.Clicks);
        }
        """;

    private static async Task<AuditReport> ReportAsync()
    {
        var analyzed = await TestCompilation.AnalyzeAsync(TestCompilation.Compile("Feed", ("/src/Feed.cs", Source)));
        return AuditReport.Create("Feed.csproj", "/src", new[] { analyzed.Inventory("Feed") }, ConsentGuardComponents.RuleEntries, AuditCommand.Tool);
    }

    [Fact]
    public async Task Every_purpose_has_its_basis_assessment_notice_date_and_declaration()
    {
        var bases = (await ReportAsync()).LegalBases.ToDictionary(b => b.Purpose);

        Assert.Equal(Purposes.BuiltIn.Count, bases.Count);
        var feed = bases[Purposes.Personalization];
        Assert.Equal(("legitimate-interest", true, "LIA-2025-07", "2025-09-01", "Feed.cs", 3), (feed.Basis, feed.IsDeclared, feed.Assessment, feed.NoticeDate, feed.Location.Path, feed.Location.Line));
        var gen = bases[Purposes.GenerativeTraining];
        Assert.Equal(("consent", true, (string?)null, (string?)null, 4), (gen.Basis, gen.IsDeclared, gen.Assessment, gen.NoticeDate, gen.Location.Line));
        var ads = bases[Purposes.Advertising];
        Assert.Equal(("consent", false, SourceLocation.None), (ads.Basis, ads.IsDeclared, ads.Location));
    }

    [Fact]
    public async Task Exemptions_of_a_legitimate_interest_purpose_or_naming_one_are_pointed_out_and_others_are_not()
    {
        var advisories = (await ReportAsync()).BasisAdvisories;

        Assert.Equal(new[] { Purposes.Personalization, Purposes.Analytics }, advisories.Select(a => a.Purpose));
        Assert.Contains("skips the objection check", advisories[0].Reason, System.StringComparison.Ordinal);
        Assert.Contains("\"Legitimate interest\"", advisories[1].Reason, System.StringComparison.Ordinal);
        Assert.Equal("Jobs.Count(Member)", advisories[1].DeclaredOn);
    }

    [Theory]
    [InlineData("Art. 6(1)(f) GDPR", "6(1)(f)")]
    [InlineData("see LIA-2024-03", "LIA")]
    [InlineData("members may opt-out in settings", "opt-out")]
    [InlineData("they keep the right to object", "right to object")]
    [InlineData("legitimate-interest balancing test", "legitimate-interest")]
    public void The_justification_rule_matches_the_words_of_legitimate_interest(string justification, string matched)
    {
        var exemption = new ExemptionEntry("P", "C.M()", Purposes.Analytics, justification, "M:C.M", SourceLocation.None, System.Array.Empty<ExemptFlowEntry>());
        var advisory = Assert.Single(LegalBasisInventory.Advise(new[] { exemption }, System.Array.Empty<LegalBasisEntry>()));
        Assert.Contains("\"" + matched + "\"", advisory.Reason, System.StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Synthetic data only")]
    [InlineData("Object storage migration, no personal data leaves the region")]
    [InlineData("Reliability: we rely on the contract (Art. 6(1)(b))")]
    public void Other_justifications_are_not_pointed_out(string justification)
    {
        var exemption = new ExemptionEntry("P", "C.M()", Purposes.Analytics, justification, "M:C.M", SourceLocation.None, System.Array.Empty<ExemptFlowEntry>());
        Assert.Empty(LegalBasisInventory.Advise(new[] { exemption }, System.Array.Empty<LegalBasisEntry>()));
    }

    [Fact]
    public async Task Markdown_json_and_html_show_the_bases_and_the_advisories()
    {
        var report = await ReportAsync();
        string Render(IReportWriter writer)
        {
            using var text = new StringWriter();
            writer.Write(report, text);
            return text.ToString();
        }

        var markdown = Render(new MarkdownReportWriter());
        Assert.Contains("## Legal bases", markdown, System.StringComparison.Ordinal);
        Assert.Contains("| Personalization | legitimate-interest | LIA-2025-07 | 2025-09-01 | Feed.cs:3 |", markdown, System.StringComparison.Ordinal);
        Assert.Contains("| Advertising | consent (default) | — | — | — |", markdown, System.StringComparison.Ordinal);
        Assert.Contains("- [ConsentExempt(Analytics)] on `Jobs.Count(Member)` at Feed.cs:", markdown, System.StringComparison.Ordinal);

        var json = JsonNode.Parse(Render(new JsonReportWriter()));
        var results = JsonReportWriterTests.Validate(json);
        Assert.True(results.IsValid, JsonReportWriterTests.Errors(results));
        var feed = json!["legalBases"]!.AsArray().Single(b => (string?)b!["purpose"] == Purposes.Personalization)!;
        Assert.Equal(("legitimate-interest", "LIA-2025-07", "2025-09-01"), ((string?)feed["basis"], (string?)feed["assessment"], (string?)feed["noticeDate"]));
        Assert.Equal(2, json["basisAdvisories"]!.AsArray().Count);

        var html = Render(new HtmlReportWriter());
        Assert.Contains("<section id=\"legal-bases\">", html, System.StringComparison.Ordinal);
        Assert.Contains("LIA-2025-07", html, System.StringComparison.Ordinal);
        Assert.Contains("skips the objection check", html, System.StringComparison.Ordinal);
    }
}
