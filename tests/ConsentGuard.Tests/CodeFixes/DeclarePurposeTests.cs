using System.Threading.Tasks;
using ConsentGuard.Tests.Infrastructure;
using Verify = ConsentGuard.Tests.Infrastructure.ConsentGuardCodeFixTest<ConsentGuard.CodeFixes.DeclarePurposeCodeFixProvider>;

namespace ConsentGuard.Tests.CodeFixes;

/// <summary>CG0002 "Declare purpose 'P' for {origin}".</summary>
public sealed class DeclarePurposeTests
{
    private const string Exporter = """
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export(Member m)
            {
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                    corpus.Add({|CG0002:m.Email|});
            }
        }
        """;

    private static string Member(string emailAttributes) => Prelude.Usings + $$"""
        public class Member
        {
            [DataSubject] public string Id { get; set; } = "";
            {{emailAttributes}}
            public string Email { get; set; } = "";
        }
        public interface ICorpus { [ConsentSink(Purposes.GenerativeTraining)] void Add(string text); }

        """;

    [Fact]
    public Task The_property_declares_the_purpose_and_the_checked_flow_is_clean() => Verify.VerifyAsync(
        Member("[PersonalData(PersonalDataCategory.Contact)]") + Exporter,
        Member("""
            [PersonalData(PersonalDataCategory.Contact)]
                [ConsentPurpose(Purposes.GenerativeTraining)]
            """) + Exporter.Replace("{|CG0002:m.Email|}", "m.Email"),
        "ConsentGuard.DeclarePurpose.GenerativeTraining.Member.Email");

    [Fact]
    public Task The_declaration_in_another_file_is_edited()
    {
        var test = new Verify { CodeActionEquivalenceKey = "ConsentGuard.DeclarePurpose.Analytics.Visit.Page" };
        test.TestState.Sources.Add(("Visit.cs", """
            using ConsentGuard;
            public record Visit([property: DataSubject] string UserId, [PersonalData] string Page);
            """));
        test.TestState.Sources.Add(("Tracker.cs", """
            using ConsentGuard;
            public interface IStats { [ConsentSink(Purposes.Analytics)] void Track(string page); }
            public class Tracker(IConsentProvider consent, IStats stats)
            {
                public void Run(Visit v)
                {
                    if (consent.IsGranted(v.UserId, Purposes.Analytics))
                        stats.Track({|CG0002:v.Page|});
                }
            }
            """));
        test.FixedState.Sources.Add(("Visit.cs", """
            using ConsentGuard;
            public record Visit([property: DataSubject] string UserId, [PersonalData, ConsentPurpose(Purposes.Analytics)] string Page);
            """));
        test.FixedState.Sources.Add(("Tracker.cs", """
            using ConsentGuard;
            public interface IStats { [ConsentSink(Purposes.Analytics)] void Track(string page); }
            public class Tracker(IConsentProvider consent, IStats stats)
            {
                public void Run(Visit v)
                {
                    if (consent.IsGranted(v.UserId, Purposes.Analytics))
                        stats.Track(v.Page);
                }
            }
            """));
        return test.RunAsync();
    }

    [Fact]
    public Task One_action_per_undeclared_origin_and_a_return_value_gets_a_return_target()
    {
        const string Before = """
            using ConsentGuard;
            public class Profile
            {
                [DataSubject] public string Id { get; set; } = "";
                [PersonalData] public string Phone { get; set; } = "";
                [return: PersonalData] public string Nickname() => "";
            }
            public interface ICorpus { [ConsentSink(Purposes.GenerativeTraining)] void Add(string text); }
            public class Exporter(IConsentProvider consent, ICorpus corpus)
            {
                public void Export(Profile p)
                {
                    if (consent.IsGranted(p.Id, Purposes.GenerativeTraining))
                        corpus.Add({|CG0002:p.Phone + p.Nickname()|});
                }
            }
            """;
        var test = new Verify
        {
            TestCode = Before,
            // Declare it for the method's return value (actions come in the order of the message); Profile.Phone still does not declare it.
            CodeActionIndex = 0,
            CodeActionEquivalenceKey = "ConsentGuard.DeclarePurpose.GenerativeTraining.Profile.Nickname()",
            FixedCode = Before
                .Replace("[return: PersonalData]", "[return: PersonalData, ConsentPurpose(Purposes.GenerativeTraining)]")
                .Replace("{|CG0002:p.Phone + p.Nickname()|}", "{|CG0002:p.Phone + p.Nickname()|}"),
        };
        test.FixedState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Allow;
        return test.RunAsync();
    }

    [Fact]
    public Task Not_offered_for_a_field_declared_with_others() => Verify.VerifyNotOfferedAsync(Prelude.Usings + """
        public class Profile
        {
            [DataSubject] public string Id = "";
            [PersonalData] public string Phone = "", Fax = "";
        }
        public interface ICorpus { [ConsentSink(Purposes.GenerativeTraining)] void Add(string text); }
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export(Profile p)
            {
                if (consent.IsGranted(p.Id, Purposes.GenerativeTraining))
                    corpus.Add({|CG0002:p.Phone|});
            }
        }
        """);
}
