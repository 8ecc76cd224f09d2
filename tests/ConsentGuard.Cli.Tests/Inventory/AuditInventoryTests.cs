using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Cli.Inventory;
using ConsentGuard.Cli.Tests.Infrastructure;
using static ConsentGuard.Cli.Tests.Inventory.InventorySample;

namespace ConsentGuard.Cli.Tests.Inventory;

/// <summary>The inventory of <see cref="InventorySample"/>: every entry, with its purposes and line.</summary>
public sealed class AuditInventoryTests : IClassFixture<AuditInventoryTests.Fixture>
{
    public sealed class Fixture
    {
        public ProjectInventory Inventory { get; } = Build().GetAwaiter().GetResult();

        private static async Task<ProjectInventory> Build() =>
            (await TestCompilation.AnalyzeAsync(TestCompilation.Compile("Shop", (InventorySample.Path, Source)))).Inventory("Shop");
    }

    private readonly ProjectInventory _inventory;

    public AuditInventoryTests(Fixture fixture) => _inventory = fixture.Inventory;

    [Fact]
    public void Every_personal_data_member_type_parameter_and_return_value_is_listed_once_with_category_purposes_and_line()
    {
        var entries = _inventory.PersonalData.Select(e => (e.Type, e.Member, e.Parameter, e.Kind, e.Category, Purposes: string.Join(",", e.Purposes), e.Location.Line)).ToList();
        Assert.Equal(
            new[]
            {
                ("Shop.Address", "", (string?)null, "type", "Location", "", Line("address")),
                ("Shop.Customer", "Allergies", null, "field", "Health", "Personalization", Line("allergies")),
                ("Shop.Customer", "Email", null, "property", "Contact", "FraudDetection,Personalization", Line("email")),
                ("Shop.Customer", "Reviews", null, "property", "Behavioral", "GenerativeTraining,Personalization", Line("reviews")),
                ("Shop.Lookup", "NameOf(int)", null, "return", "Identifier", "", Line("nameOf")),
                ("Shop.Lookup", "Register(int)", "age", "parameter", "Demographic", "", Line("age")),
                ("Shop.Order", "CardNumber", null, "property", "Financial", "", Line("card")),
            }.OrderBy(e => e.Item1).ThenBy(e => e.Item2),
            entries.OrderBy(e => e.Type).ThenBy(e => e.Member));
    }

    [Fact]
    public void Personal_data_entries_carry_their_symbol_id_file_and_special_category_flag()
    {
        var allergies = Assert.Single(_inventory.PersonalData, e => e.Member == "Allergies");
        Assert.Equal("F:Shop.Customer.Allergies", allergies.SymbolId);
        Assert.Equal("Shop.cs", allergies.Location.Path);
        Assert.True(allergies.IsSpecialCategory);
        Assert.False(allergies.Location.IsGenerated);
        Assert.All(_inventory.PersonalData.Where(e => e.Member != "Allergies"), e => Assert.False(e.IsSpecialCategory));
    }

    [Fact]
    public void Sinks_list_each_parameter_or_assignable_member_with_its_purposes()
    {
        Assert.Equal(
            new[]
            {
                ("Shop.FraudCheck", "Screened", (string?)null, "property", "FraudDetection", Line("screened")),
                ("Shop.ITrainer", "Train(string)", "text", "parameter", "GenerativeTraining", Line("train")),
                ("Shop.Recommender", "Suggest(string)", "interest", "parameter", "Personalization", Line("suggest")),
            },
            _inventory.Sinks.Select(s => (s.Type, s.Member, s.Parameter, s.Kind, string.Join(",", s.Purposes), s.Location.Line)).OrderBy(s => s.Type));
    }

    [Fact]
    public void Checks_say_their_fixed_purpose_or_that_the_purpose_is_the_argument()
    {
        Assert.Equal(
            new[]
            {
                ("Has(string, string)", (string?)null, "bool", Line("has")),
                ("MayTrain(Customer)", "GenerativeTraining", "bool", Line("mayTrain")),
            },
            _inventory.Checks.Select(c => (c.Member, c.Purpose, c.Answer, c.Location.Line)).OrderBy(c => c.Member));
    }

    [Fact]
    public void Cleared_members_and_anonymizers_are_listed()
    {
        var cleared = Assert.Single(_inventory.Cleared);
        Assert.Equal(("Shop.Pipelines", "ReviewsForTraining(Customer)", "GenerativeTraining", Line("cleared")),
            (cleared.Type, cleared.Member, string.Join(",", cleared.Purposes), cleared.Location.Line));
        var anonymizer = Assert.Single(_inventory.Anonymizers);
        Assert.Equal(("Shop.Consents", "Mask(string)", Line("mask")), (anonymizer.Type, anonymizer.Member, anonymizer.Location.Line));
    }

    [Fact]
    public void Exemptions_show_purpose_justification_attribute_line_and_the_flows_they_let_through()
    {
        var screen = Assert.Single(_inventory.Exemptions, e => e.Purpose == "FraudDetection");
        Assert.Equal(("Pipelines.Screen(Customer)", "Legitimate interest", Line("exempt")), (screen.DeclaredOn, screen.Justification, screen.Location.Line));
        var flow = Assert.Single(screen.Flows);
        Assert.Equal(new[] { "Customer.Email" }, flow.Origins);
        Assert.Equal(Line("exemptFlow"), flow.Location.Line);
        Assert.Equal("Pipelines.Screen(Customer)", flow.Member);

        var count = Assert.Single(_inventory.Exemptions, e => e.Purpose == "Analytics");
        Assert.Null(count.Justification);
        Assert.Empty(count.Flows);
        Assert.Equal(Line("unjustified"), count.Location.Line);
    }

    [Fact]
    public void Findings_have_id_severity_line_help_link_and_suppression_with_its_justification()
    {
        Assert.Equal(
            new[]
            {
                ("CG0001", "error", Line("leak"), (string?)null, (string?)null),
                ("CG0001", "error", Line("replay"), "SuppressMessage", "Replay requested by the customer"),
                ("CG0001", "error", Line("pragma"), "pragma", "Ticket 42: approved by legal"),
                ("CG0009", "error", Line("unjustified"), null, null),
                ("CG0007", "warning", Line("discard"), null, null),
            },
            _inventory.Findings.Select(f => (f.Id, f.Severity, f.Location.Line, f.Suppression?.Kind, f.Suppression?.Justification)));
        Assert.All(_inventory.Findings, f => Assert.Equal($"https://github.com/consentguard/consentguard/blob/main/docs/rules/{f.Id}.md", f.HelpUri));
        Assert.Contains("Customer.Reviews", _inventory.Findings[0].Message);
    }

    [Fact]
    public void Purposes_are_the_built_in_ones_then_the_defined_ones_with_their_description()
    {
        Assert.Equal(
            new[] { "GenerativeTraining", "ModelTraining", "Personalization", "ContentModeration", "Analytics", "Advertising", "FraudDetection" },
            _inventory.Purposes.Select(p => p.Name));
        Assert.Equal("Spotting fake accounts", _inventory.Purposes.Single(p => !p.IsBuiltIn).Description);
    }

    [Fact]
    public void A_compilation_without_ConsentGuard_has_an_empty_inventory()
    {
        var compilation = TestCompilation.Compile("Plain", System.Array.Empty<Microsoft.CodeAnalysis.MetadataReference>(), ("/src/Plain.cs", "public class Plain { public string Name { get; set; } = \"\"; }"));
        var inventory = AuditInventory.Build(compilation, compilation.GetDiagnostics(), new AuditInventoryOptions { ProjectName = "Plain", RootDirectory = "/src" });
        Assert.Empty(inventory.PersonalData);
        Assert.Empty(inventory.Purposes);
        Assert.Equal(0, inventory.Project.CompilerErrors);
    }

    [Fact]
    public async Task An_exemption_on_a_type_lists_the_flows_of_all_its_members_and_is_listed_once()
    {
        const string source = """
            using ConsentGuard;
            public class Member
            {
                [DataSubject] public string Id { get; set; } = "";
                [PersonalData, ConsentPurpose(Purposes.Analytics)] public string Email { get; set; } = "";
                [PersonalData, ConsentPurpose(Purposes.Analytics)] public string City { get; set; } = "";
            }
            public interface IStats { [ConsentSink(Purposes.Analytics)] void Count(string value); }
            [ConsentExempt(Purposes.Analytics, Justification = "Aggregated before anyone sees it")]
            public class Reports(IStats stats)
            {
                public void ByEmail(Member m) => stats.Count(m.Email); /*@email*/
                public void ByCity(Member m) => stats.Count(m.City); /*@city*/
            }
            """;
        var inventory = (await TestCompilation.AnalyzeAsync(TestCompilation.Compile("Reports", ("/src/Reports.cs", source)))).Inventory();

        var exemption = Assert.Single(inventory.Exemptions);
        Assert.Equal(("Reports", "Analytics", "Aggregated before anyone sees it"), (exemption.DeclaredOn, exemption.Purpose, exemption.Justification));
        Assert.Equal(
            new[] { ("Reports.ByEmail(Member)", "Member.Email", SourceLines.LineOf(source, "email")), ("Reports.ByCity(Member)", "Member.City", SourceLines.LineOf(source, "city")) },
            exemption.Flows.Select(f => (f.Member, Assert.Single(f.Origins), f.Location.Line)));
        Assert.DoesNotContain(inventory.Findings, f => f.Id == "CG0001");
    }

    [Fact]
    public async Task Trees_that_are_not_project_documents_are_marked_generated()
    {
        var compilation = TestCompilation.Compile("Gen",
            ("/src/Member.cs", "using ConsentGuard; public partial class Member { [PersonalData] public string Email { get; set; } = \"\"; }"),
            ("/src/obj/Generated/Member.g.cs", "using ConsentGuard; public partial class Member { [PersonalData] public string Phone { get; set; } = \"\"; }"));
        var analyzed = await TestCompilation.AnalyzeAsync(compilation);
        var inventory = AuditInventory.Build(analyzed.Compilation, analyzed.Diagnostics, new AuditInventoryOptions
        {
            ProjectName = "Gen",
            RootDirectory = "/src",
            SourceDocumentPaths = AuditInventoryOptions.PathSet(new[] { "/src/Member.cs" }),
        });
        Assert.Equal(
            new[] { ("Email", "Member.cs", false), ("Phone", "obj/Generated/Member.g.cs", true) },
            inventory.PersonalData.Select(e => (e.Member, e.Location.Path, e.Location.IsGenerated)).OrderBy(e => e.Member));
    }
}
