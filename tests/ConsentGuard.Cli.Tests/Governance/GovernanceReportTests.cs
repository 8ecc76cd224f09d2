using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Cli.CommandLine;
using ConsentGuard.Cli.Diff;
using ConsentGuard.Cli.Inventory;
using ConsentGuard.Cli.Output;
using ConsentGuard.Cli.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Cli.Tests.Governance;

/// <summary>Taxonomy in the report, the baseline file the CLI writes, and the privacy diff of two reports, on in-memory compilations.</summary>
public sealed class GovernanceReportTests
{
    private const string Base = """
        using ConsentGuard;
        [assembly: DefinePurpose("FraudDetection", Description = "Fake accounts", FidesDataUse = "essential.fraud_detection",
            DpvPurpose = "dpv:FraudPreventionAndDetection", TcfPurposes = new[] { 9 })]
        namespace Shop;
        public class Customer
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData(PersonalDataCategory.Contact), ConsentPurpose(Purposes.Personalization)] public string Email { get; set; } = "";
            [PersonalData(PersonalDataCategory.Health)] public string Allergies { get; set; } = "";
        }
        public interface IFeed { [ConsentSink(Purposes.Personalization)] void Add(string text); }
        public class Jobs(IFeed feed)
        {
            public void Leak(Customer c) => feed.Add(c.Email);
        }
        public class Gate(IConsentProvider consent)
        {
            [return: ConsentCleared(Purposes.Personalization)]
            public string ConsentedEmail(Customer c) => consent.IsGranted(c.Id, Purposes.Personalization) ? c.Email : "";
        }
        public static class Redaction
        {
            [Anonymizer] public static string Mask(string text) => new string('*', text.Length);
        }
        """;

    private const string Head = """
        using ConsentGuard;
        [assembly: DefinePurpose("FraudDetection", Description = "Fake accounts", FidesDataUse = "essential.fraud_detection",
            DpvPurpose = "dpv:FraudPreventionAndDetection", TcfPurposes = new[] { 9, 10 })]
        [assembly: DefinePurpose("Recruiting")]
        namespace Shop;
        public class Customer
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData(PersonalDataCategory.Contact), ConsentPurpose(Purposes.Personalization), ConsentPurpose(Purposes.Analytics)] public string Email { get; set; } = "";
            [PersonalData(PersonalDataCategory.Health)] public string Allergies { get; set; } = "";
            [PersonalData(PersonalDataCategory.Location)] public string City { get; set; } = "";
        }
        public interface IFeed { [ConsentSink(Purposes.Personalization)] void Add(string text); }
        public class Jobs(IFeed feed)
        {
            public void Leak(Customer c) => feed.Add(c.Email);
            public void Leak2(Customer c) => feed.Add(c.City);
        }
        public class Gate(IConsentProvider consent)
        {
            [return: ConsentCleared(Purposes.Personalization), ConsentCleared(Purposes.Analytics)]
            public string ConsentedEmail(Customer c) =>
                consent.IsGranted(c.Id, Purposes.Personalization) && consent.IsGranted(c.Id, Purposes.Analytics) ? c.Email : "";
        }
        public static class Redaction
        {
            [Anonymizer] public static string Hash(string text) => text.Length.ToString();
        }
        """;

    private static async Task<AuditReport> ReportAsync(string source)
    {
        var inventory = (await TestCompilation.AnalyzeAsync(TestCompilation.Compile("Shop", ("/src/Shop.cs", source)))).Inventory("Shop");
        return AuditReport.Create("Shop.csproj", "/src", new[] { inventory }, Analysis.ConsentGuardComponents.RuleEntries, new ToolInfo("consentguard", "0", ""));
    }

    private static PrivacySnapshot Snapshot(AuditReport report)
    {
        var json = new StringWriter();
        new JsonReportWriter().Write(report, json);
        return PrivacySnapshot.FromJson(json.ToString(), "test");
    }

    [Fact]
    public async Task Purposes_and_categories_carry_their_Fides_DPV_and_TCF_equivalents()
    {
        var report = await ReportAsync(Base);
        var training = report.Purposes.Single(p => p.Name == "GenerativeTraining").Taxonomy!;
        Assert.Equal(("train_ai_system", "dpv:ResearchAndDevelopment", ""), (training.Fides, training.Dpv, string.Join(",", training.Tcf)));
        Assert.Equal("2,3,4,7", string.Join(",", report.Purposes.Single(p => p.Name == "Advertising").Taxonomy!.Tcf));
        var custom = report.Purposes.Single(p => p.Name == "FraudDetection").Taxonomy!;
        Assert.Equal(("essential.fraud_detection", "dpv:FraudPreventionAndDetection", "9"), (custom.Fides, custom.Dpv, string.Join(",", custom.Tcf)));
        Assert.Equal(new[] { ("Contact", "user.contact"), ("Health", "user.health") }, report.Categories.Select(c => (c.Name, c.Fides!)));

        var markdown = new StringWriter();
        new MarkdownReportWriter().Write(report, markdown);
        Assert.Contains("| GenerativeTraining | built in | error | `train_ai_system` | `dpv:ResearchAndDevelopment` | — |", markdown.ToString());
        Assert.Contains("| FraudDetection | defined in code | error | `essential.fraud_detection` | `dpv:FraudPreventionAndDetection` | 9 | Fake accounts |", markdown.ToString());
        Assert.Contains("| **Health** (Art. 9) | `user.health` |", markdown.ToString());
        var html = new StringWriter();
        new HtmlReportWriter().Write(report, html);
        Assert.Contains("dpv:ServicePersonalisation", html.ToString());
        Assert.Contains("user.contact", html.ToString());
    }

    [Fact]
    public async Task The_baseline_written_lists_each_flow_finding_by_key_and_the_analyzer_reads_it_back()
    {
        var report = await ReportAsync(Head);
        var entries = BaselineCommand.Entries(report);
        Assert.Equal(
            new[] { ("CG0002", "Personalization", "M:Shop.Jobs.Leak2(Shop.Customer)", "Customer.City", 1) },
            entries.Where(e => e.Member.Contains("Leak2")).Select(e => (e.Rule, e.Purpose, e.Member, string.Join(";", e.Origins), e.Count)));
        var text = BaselineCommand.Write(entries);
        var parsed = ConsentGuard.Analyzers.Governance.Baseline.Parse("/src/ConsentGuard.baseline.json", SourceText.From(text)).ToList();
        Assert.Equal(entries.Count, parsed.Count);
        Assert.Equal(entries.Select(e => e.Member), parsed.Select(p => p.Member));
        Assert.Equal(entries.Count + 6, text.Split('\n').Length); // one line per entry between the three header and two footer lines
    }

    [Fact]
    public async Task The_diff_shows_what_the_head_adds_removes_and_changes_and_what_fail_on_names()
    {
        var diff = PrivacyDiff.Compare(Snapshot(await ReportAsync(Head)), Snapshot(await ReportAsync(Base)));
        Assert.Equal(new[] { "Recruiting", "`Shop.Customer.Email` → Analytics" }, diff.NewPurposes);
        Assert.Equal(new[] { "`Shop.Customer.City`" }, diff.NewPersonalData);
        Assert.Single(diff.NewFindings);
        Assert.Equal(diff.NewPurposes, diff.Failures(DiffFailOn.NewPurpose));
        Assert.Empty(diff.Failures(DiffFailOn.None));

        var markdown = new StringWriter();
        diff.WriteMarkdown(markdown, "main", "feature");
        var text = markdown.ToString();
        Assert.StartsWith("## ConsentGuard privacy diff: main → feature", text);
        Assert.Contains("| added | `Shop.Customer.City` | | Location; purposes: none |", text);
        Assert.Contains("| changed | `Shop.Customer.Email` | Contact; purposes: Personalization | Contact; purposes: Analytics, Personalization |", text);
        Assert.Contains("| added | Location | | Fides: `user.location` |", text);
        Assert.Contains("| added | Recruiting | | enforcement: error |", text);
        Assert.Contains("### Findings", text);
    }

    [Fact]
    public async Task The_diff_compares_cleared_members_anonymizers_and_taxonomy_values_without_changing_fail_on()
    {
        var diff = PrivacyDiff.Compare(Snapshot(await ReportAsync(Head)), Snapshot(await ReportAsync(Base)));
        var markdown = new StringWriter();
        diff.WriteMarkdown(markdown, "main", "feature");
        var text = markdown.ToString();

        Assert.Contains("### Cleared members", text);
        Assert.Contains("| changed | `Shop.Gate.ConsentedEmail(Customer)` | purposes: Personalization | purposes: Analytics, Personalization |", text);
        Assert.Contains("### Anonymizers", text);
        Assert.Contains("| added | `Shop.Redaction.Hash(string)` | |  |", text);
        Assert.Contains("| removed | `Shop.Redaction.Mask(string)` |  | |", text);
        Assert.Contains("| changed | FraudDetection "
            + "| enforcement: error; Fides: `essential.fraud_detection`; DPV: `dpv:FraudPreventionAndDetection`; TCF: 9 "
            + "| enforcement: error; Fides: `essential.fraud_detection`; DPV: `dpv:FraudPreventionAndDetection`; TCF: 9, 10 |", text);
        Assert.Contains("Cleared members: +0 −0 ~1 · Anonymizers: +1 −1 ~0", text);
        // Still only a new purpose, new personal data or a new finding fails the diff: a cleared member clears data, it adds none.
        Assert.DoesNotContain(diff.NewPurposes, p => p.Contains("Gate", System.StringComparison.Ordinal));

        var unchanged = PrivacyDiff.Compare(Snapshot(await ReportAsync(Base)), Snapshot(await ReportAsync(Base)));
        Assert.All(unchanged.Sections, s => Assert.True(s.IsEmpty, s.Title));
    }

    [Fact]
    public async Task The_same_audit_on_both_sides_is_no_change()
    {
        var snapshot = Snapshot(await ReportAsync(Base));
        var diff = PrivacyDiff.Compare(snapshot, snapshot);
        var markdown = new StringWriter();
        diff.WriteMarkdown(markdown, "a", "b");
        Assert.Contains("No change to personal data", markdown.ToString());
        Assert.Empty(diff.Failures(DiffFailOn.NewFinding));
    }

    [Fact]
    public void A_file_that_is_not_an_audit_is_bad_input()
    {
        var error = Assert.Throws<Loading.AuditInputException>(() => PrivacySnapshot.FromJson("{ \"hello\": 1 }", "x.json"));
        Assert.Contains("'x.json' is not an audit JSON file", error.Message);
        Assert.Throws<Loading.AuditInputException>(() => PrivacySnapshot.FromJson("not json", "y.json"));
    }
}
