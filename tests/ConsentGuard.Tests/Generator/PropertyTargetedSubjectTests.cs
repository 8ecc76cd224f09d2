using System.Linq;

namespace ConsentGuard.Tests.Generator;

/// <summary>
/// <c>[property: DataSubject]</c> on a positional record parameter is found by a search of namespace and type
/// declarations only (not of every node): a record is found wherever C# lets one be declared, exactly once.
/// </summary>
public sealed class PropertyTargetedSubjectTests
{
    private const string Record = "partial record Lead([property: DataSubject] string Id, [PersonalData, ConsentPurpose(Purposes.Advertising)] string Email);";

    public static TheoryData<string, string> Placements() => new()
    {
        { "using ConsentGuard; public " + Record, "Lead.ConsentAccessors.g.cs" },
        { "using ConsentGuard; namespace Acme { public " + Record + " }", "Acme.Lead.ConsentAccessors.g.cs" },
        { "using ConsentGuard; namespace Acme; public " + Record, "Acme.Lead.ConsentAccessors.g.cs" },
        { "using ConsentGuard; namespace Acme { namespace Sales { public " + Record + " } }", "Acme.Sales.Lead.ConsentAccessors.g.cs" },
        { "using ConsentGuard; namespace Acme; public partial class Outer { public " + Record + " }", "Acme.Outer.Lead.ConsentAccessors.g.cs" },
        { "using ConsentGuard; namespace Acme; public partial struct Outer { public partial class Middle { public " + Record + " } }", "Acme.Outer.Middle.Lead.ConsentAccessors.g.cs" },
        { "using ConsentGuard; namespace Acme; public partial record Outer(int N) { public " + Record + " }", "Acme.Outer.Lead.ConsentAccessors.g.cs" },
    };

    [Theory]
    [MemberData(nameof(Placements))]
    public void A_property_targeted_subject_is_found_wherever_a_record_can_be_declared(string source, string hintName)
    {
        var run = GeneratorHarness.Run(source);
        var generated = Assert.Single(run.Sources);
        Assert.Equal(hintName, generated.Key);
        Assert.Contains("ForAdvertising(", generated.Value);
        GeneratorRun.AssertNone(run.GeneratedCodeProblems);
    }

    [Fact]
    public void Records_in_several_places_of_one_file_each_get_one_file()
    {
        var run = GeneratorHarness.Run("""
            using ConsentGuard;
            namespace Acme
            {
                public partial record Lead([property: DataSubject] string Id, [PersonalData, ConsentPurpose(Purposes.Advertising)] string Email);
                public partial class Outer
                {
                    public partial record struct Visit([property: DataSubject] long VisitorId, [property: PersonalData, ConsentPurpose(Purposes.Analytics)] string Page);
                    public int Score() { return 1; }
                }
                // Not eligible: the subject is the parameter's own attribute, found by the attribute look-up instead.
                public partial record Note([DataSubject] string AuthorId, [PersonalData, ConsentPurpose(Purposes.Analytics)] string Text);
            }
            """);
        Assert.Equal(
            ["Acme.Lead.ConsentAccessors.g.cs", "Acme.Note.ConsentAccessors.g.cs", "Acme.Outer.Visit.ConsentAccessors.g.cs"],
            run.Sources.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        GeneratorRun.AssertNone(run.GeneratedCodeProblems);
    }
}
