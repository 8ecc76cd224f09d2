using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConsentGuard.Tests.Generator;

/// <summary>
/// Shapes beyond the snapshots: each is generated, used from ordinary code, and the whole compilation has no
/// error and the generated files no warning (every warning is an error here, documentation diagnostics on).
/// </summary>
public sealed class GeneratedCodeCompilesTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using ConsentGuard;

        """;

    public static TheoryData<string, string, string[]> Shapes() => new()
    {
        {
            "record struct, int subject, field and property members",
            """
            public partial record struct Visit([property: DataSubject] int VisitorId)
            {
                [PersonalData(PersonalDataCategory.Location), ConsentPurpose(Purposes.Analytics)] public string? City;
                [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.Analytics)] public int Pages { get; init; }
            }
            public static class UseVisit
            {
                public static async Task<int> Run(Visit v, IEnumerable<Visit> all, IConsentProvider c) =>
                    (v.ForAnalytics(c)?.Pages ?? 0) + ((await v.ForAnalyticsAsync(c))?.City?.Length ?? 0) + all.ForAnalytics(c).Count();
            }
            """,
            ["Visit.ForAnalytics", "Visit.ForAnalyticsAsync", "Visit.AnalyticsView", "VisitConsentExtensions.ForAnalytics"]
        },
        {
            "readonly struct with a non-auto getter and a type-level purpose",
            """
            [ConsentPurpose(Purposes.Personalization)]
            public readonly partial struct Preference
            {
                public Preference(string id, string topic) { Id = id; _topic = topic; }
                private readonly string _topic;
                [DataSubject] public string Id { get; }
                [PersonalData(PersonalDataCategory.Behavioral)] public string Topic => _topic;
            }
            """,
            ["Preference.ForPersonalization", "Preference.PersonalizationView"]
        },
        {
            "nested in an interface, a struct and a ref struct",
            """
            public partial interface IHost
            {
                public partial class InInterface
                {
                    [DataSubject] public string Id = "";
                    [PersonalData, ConsentPurpose(Purposes.Advertising)] public string Ad = "";
                }
            }
            public partial struct Holder
            {
                public partial class InStruct
                {
                    [DataSubject] public string Id = "";
                    [PersonalData, ConsentPurpose(Purposes.Advertising)] public string Ad = "";
                }
            }
            public ref partial struct RefHost
            {
                public partial class InRefStruct
                {
                    [DataSubject] public string Id = "";
                    [PersonalData, ConsentPurpose(Purposes.Advertising)] public string Ad = "";
                }
            }
            """,
            ["IHost.InInterface.ForAdvertising", "Holder.InStruct.ForAdvertising", "RefHost.InRefStruct.ForAdvertising",
             "InInterfaceConsentExtensions.ForAdvertising", "InStructConsentExtensions.ForAdvertising", "InRefStructConsentExtensions.ForAdvertising"]
        },
        {
            "same-named nested types share one partial extension class (one public, one internal)",
            """
            public partial class Team
            {
                public partial class Member
                {
                    [DataSubject] public string Id = "";
                    [PersonalData, ConsentPurpose(Purposes.Analytics)] public string Role = "";
                }
            }
            internal partial class Club
            {
                internal partial class Member
                {
                    [DataSubject] public string Id = "";
                    [PersonalData, ConsentPurpose(Purposes.Analytics)] public string Rank = "";
                }
            }
            internal static class UseMembers
            {
                public static int Run(IEnumerable<Team.Member> a, IEnumerable<Club.Member> b, IConsentProvider c) =>
                    a.ForAnalytics(c).Count() + b.ForAnalytics(c).Count();
            }
            """,
            ["MemberConsentExtensions.ForAnalytics"]
        },
        {
            "an internal member type makes the view and accessors internal",
            """
            internal sealed class Secret { }
            public partial class Account
            {
                [DataSubject] public string Id { get; set; } = "";
                [PersonalData(PersonalDataCategory.Financial), ConsentPurpose(Purposes.ModelTraining)] internal Secret? Vault { get; set; }
                [PersonalData(PersonalDataCategory.Financial), ConsentPurpose(Purposes.Analytics)] public decimal Balance { get; set; }
            }
            """,
            ["Account.ForModelTraining", "Account.ForAnalytics", "AccountConsentExtensions.ForModelTraining", "AccountConsentExtensions.ForAnalytics"]
        },
        {
            "a protected nested type gets accessors but no extension class",
            """
            public partial class Outer
            {
                protected partial class Hidden
                {
                    [DataSubject] public string Id = "";
                    [PersonalData, ConsentPurpose(Purposes.Analytics)] public string Value = "";
                }
            }
            """,
            ["Outer.Hidden.ForAnalytics"]
        },
        {
            "generic type with struct, unmanaged and nullable constraints; keyword-named members",
            """
            public partial class Sample<TNumber, TTag> where TNumber : unmanaged where TTag : struct
            {
                [DataSubject] public TTag Subject;
                [PersonalData(PersonalDataCategory.Biometric), ConsentPurpose(Purposes.ModelTraining)] public TNumber[] @params = [];
                [PersonalData(PersonalDataCategory.Biometric), ConsentPurpose(Purposes.ModelTraining)] public (string Name, TNumber? Score) @checked;
            }
            public static class UseSample
            {
                public static int Run(IEnumerable<Sample<int, System.Guid>> all, IConsentProvider c) => all.ForModelTraining(c).Sum(v => v.@params.Length);
            }
            """,
            ["Sample.ForModelTraining", "SampleConsentExtensions.ForModelTraining"]
        },
        {
            "an ASP.NET Identity-style [PersonalData] attribute with a type-level purpose",
            """
            namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : System.Attribute { } }
            [ConsentPurpose(Purposes.Analytics)]
            public partial class IdentityUser
            {
                [DataSubject] public string Id { get; set; } = "";
                [Microsoft.AspNetCore.Identity.PersonalData] public string? UserName { get; set; }
            }
            """,
            ["IdentityUser.ForAnalytics"]
        },
        {
            "a derived type whose base also gets accessors for other purposes",
            """
            public partial class Person
            {
                [DataSubject] public string Id { get; set; } = "";
                [PersonalData, ConsentPurpose(Purposes.Analytics)] public string Name { get; set; } = "";
            }
            public partial class Employee : Person
            {
                [DataSubject] public string EmployeeId { get; set; } = "";
                [PersonalData(PersonalDataCategory.Professional), ConsentPurpose(Purposes.Personalization)] public string Title { get; set; } = "";
            }
            """,
            ["Person.ForAnalytics", "Employee.ForPersonalization"]
        },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Generated_code_compiles_warning_free(string shape, string source, string[] expectedMembers)
    {
        var run = GeneratorHarness.Run(Usings + source);
        Assert.NotEmpty(run.Sources);
        GeneratorRun.AssertNone(run.GeneratedCodeProblems);
        // The user code above has no XML docs (CS1591); every other problem counts.
        GeneratorRun.AssertNone(run.CompilationProblems.Where(d => d.Id != "CS1591"));
        foreach (var member in expectedMembers)
            Assert.True(HasMember(run.Output, member), $"{shape}: {member} was not generated");
    }

    /// <summary>
    /// The generated accessors use nothing newer than C# 8 (no raw strings, file-local types, required members, scoped,
    /// records of their own): they compile in projects that pin an older LangVersion, such as 8 and 10.
    /// </summary>
    [Fact]
    public void Generated_code_compiles_as_CSharp_8()
    {
        var run = GeneratorHarness.Run(Usings + LegacyClass, LanguageVersion.CSharp8);
        Assert.Single(run.Sources);
        GeneratorRun.AssertNone(run.CompilationProblems.Where(d => d.Id != "CS1591"));
    }

    /// <summary>C# 10 (a consumer's <c>LangVersion</c> 10): a class and a record struct, the newest shape C# 10 declares.</summary>
    [Fact]
    public void Generated_code_compiles_as_CSharp_10()
    {
        var run = GeneratorHarness.Run(Usings + LegacyClass + """
            public partial record struct Place([property: DataSubject] string Id, [property: PersonalData, ConsentPurpose(Purposes.Personalization)] string? City);
            """, LanguageVersion.CSharp10);
        Assert.Equal(2, run.Sources.Count);
        GeneratorRun.AssertNone(run.CompilationProblems.Where(d => d.Id != "CS1591"));
    }

    private const string LegacyClass = """
        public partial class Legacy
        {
            [DataSubject] public string Id = "";
            [PersonalData, ConsentPurpose(Purposes.Analytics)] public string? Value;
        }

        """;

    [Fact]
    public void Nothing_is_generated_below_CSharp_8()
    {
        var run = GeneratorHarness.Run("""
            using ConsentGuard;
            public partial class Legacy
            {
                [DataSubject] public string Id = "";
                [PersonalData, ConsentPurpose(Purposes.Analytics)] public string Value;
            }
            """, LanguageVersion.CSharp7_3);
        Assert.Empty(run.Sources);
    }

    /// <summary>"Outer.Inner.Member": a member (or nested type) reached by simple names from the global namespace.</summary>
    private static bool HasMember(Compilation compilation, string path)
    {
        var parts = path.Split('.');
        var current = compilation.GlobalNamespace.GetMembers(parts[0]).OfType<INamespaceOrTypeSymbol>().ToArray();
        for (var i = 1; i < parts.Length && current.Length > 0; i++)
        {
            var members = current.SelectMany(c => c.GetMembers(parts[i])).ToArray();
            if (i == parts.Length - 1)
                return members.Length > 0;
            current = members.OfType<INamespaceOrTypeSymbol>().ToArray();
        }
        return current.Length > 0 && parts.Length == 1;
    }
}
