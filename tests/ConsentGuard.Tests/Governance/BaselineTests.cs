using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Analyzers.Analyzers;
using ConsentGuard.Tests.Infrastructure;

namespace ConsentGuard.Tests.Governance;

/// <summary>
/// ConsentGuard.baseline.json: the suppressor hides exactly the listed flow findings (by rule, purpose, member and
/// origins; up to each entry's count), new ones still report, and stale entries are CG0014.
/// </summary>
public sealed class BaselineTests
{
    private static readonly string Code = Prelude.With("""
        public class Exporter(ICorpus corpus)
        {
            public void Old(Member m) => corpus.Add(m.Headline);
            public void New(Member m) => corpus.Add(m.Headline);
            public void Twice(Member m)
            {
                corpus.Add(m.Headline);
                corpus.Add(m.Headline);
            }
            public void Email(Member m) => corpus.Add(m.Email);
        }
        """);

    /// <summary>The 1-based line of the statement that mentions <paramref name="text"/> in <see cref="Code"/>.</summary>
    private static int Line(string text, int occurrence = 0) =>
        Code.Split('\n').Select((line, i) => (line, i)).Where(l => l.line.Contains(text)).ElementAt(occurrence).i + 1;

    /// <summary>The two statements of <c>Twice</c>, which alone stand on their own line.</summary>
    private static int TwiceLine(int occurrence) =>
        Code.Split('\n').Select((line, i) => (line, i)).Where(l => l.line.Trim() == "corpus.Add(m.Headline);").ElementAt(occurrence).i + 1;

    private static string Entry(string rule, string member, string origin, int count = 1, string purpose = "GenerativeTraining") =>
        $$"""{ "rule": "{{rule}}", "purpose": "{{purpose}}", "member": "{{member}}", "origins": ["{{origin}}"], "count": {{count}} }""";

    private static string File(params string[] entries) =>
        "{\n  \"version\": 1,\n  \"findings\": [\n    " + string.Join(",\n    ", entries) + "\n  ]\n}\n";

    private static string Summary(System.Collections.Generic.IEnumerable<BaselineHarness.Found> found) =>
        string.Join("; ", found.Select(f => $"{f.Id}@{(f.Path.EndsWith(".json") ? "json:" : "")}{f.Line}{(f.Suppressed ? " suppressed" : "")}"));

    [Fact]
    public async Task Listed_findings_are_suppressed_with_the_baseline_as_justification_and_new_ones_still_fail()
    {
        var found = await BaselineHarness.AnalyzeAsync(Code,
            File(Entry("CG0001", "M:Exporter.Old(Member)", "Member.Headline"), Entry("CG0002", "M:Exporter.Email(Member)", "Member.Email")));
        Assert.Equal(
            $"CG0001@{Line("void Old")} suppressed; CG0001@{Line("void New")}; CG0001@{TwiceLine(0)}; CG0001@{TwiceLine(1)}; CG0002@{Line("void Email")} suppressed",
            Summary(found));
        Assert.All(found.Where(f => f.Suppressed), f => Assert.Equal(BaselineSuppressor.Justification, f.Justification));
    }

    [Fact]
    public async Task An_entry_suppresses_as_many_findings_as_its_count()
    {
        var found = await BaselineHarness.AnalyzeAsync(Code, File(Entry("CG0001", "M:Exporter.Twice(Member)", "Member.Headline", count: 1)));
        Assert.Equal(
            $"CG0001@{Line("void Old")}; CG0001@{Line("void New")}; CG0001@{TwiceLine(0)} suppressed; CG0001@{TwiceLine(1)}; CG0002@{Line("void Email")}",
            Summary(found));
    }

    [Fact]
    public async Task Rule_purpose_member_and_origins_must_all_match_and_entries_that_match_nothing_are_stale()
    {
        var found = await BaselineHarness.AnalyzeAsync(Code, File(
            Entry("CG0002", "M:Exporter.Old(Member)", "Member.Headline"),
            Entry("CG0001", "M:Exporter.Old(Member)", "Member.Email"),
            Entry("CG0001", "M:Exporter.Old(Member)", "Member.Headline", purpose: "Analytics"),
            Entry("CG0001", "M:Exporter.New(Member)", "Member.Headline")));
        Assert.Equal(
            "CG0014@json:4; CG0014@json:5; CG0014@json:6; "
            + $"CG0001@{Line("void Old")}; CG0001@{Line("void New")} suppressed; CG0001@{TwiceLine(0)}; CG0001@{TwiceLine(1)}; CG0002@{Line("void Email")}",
            Summary(found));
    }

    [Fact]
    public async Task A_file_that_is_not_a_baseline_suppresses_nothing()
    {
        var found = await BaselineHarness.AnalyzeAsync(Code, "{ \"findings\": [ { \"rule\": \"CG0001\", ");
        Assert.DoesNotContain(found, f => f.Suppressed);
        Assert.Equal(5, found.Count);
    }

    [Fact]
    public async Task A_file_of_another_name_is_not_a_baseline()
    {
        var found = await BaselineHarness.AnalyzeAsync(Code, File(Entry("CG0001", "M:Exporter.Old(Member)", "Member.Headline")), "/src/other.json");
        Assert.DoesNotContain(found, f => f.Suppressed);
    }

    /// <summary>
    /// Code where no flow can exist any more (the leak and the personal data are gone) skips the flow analysis as a whole
    /// (<c>FlowScope</c>); the baseline must still shrink, so every entry is reported stale.
    /// </summary>
    [Fact]
    public async Task Entries_are_stale_where_the_compilation_can_hold_no_flow_at_all()
    {
        const string nothingPersonal = """
            using ConsentGuard;

            public class Exporter
            {
                public string Old(string text) => text.Trim();
            }
            """;
        var found = await BaselineHarness.AnalyzeAsync(nothingPersonal, File(Entry("CG0001", "M:Exporter.Old(Member)", "Member.Headline")));
        Assert.Equal("CG0014@json:4", Summary(found));
    }
}
