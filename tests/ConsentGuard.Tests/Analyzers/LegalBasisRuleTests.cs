using System.Threading.Tasks;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace ConsentGuard.Tests.Analyzers;

/// <summary>
/// Legal basis per purpose (issue #22): the declaration (attribute and ConsentGuard.txt), CG0004 for consent purposes only,
/// CG0015 and CG0016, each with compliant twins; flows to a legitimate-interest purpose still need a check.
/// </summary>
public sealed class LegalBasisRuleTests
{
    private const string LegitimateInterest =
        "[assembly: LegalBasis(Purposes.Personalization, LegalBasisKind.LegitimateInterest, Assessment = \"LIA-2025-07\", NoticeDate = \"2025-09-01\")]\n";

    private const string Objection = """
        public class PrivacySettings
        {
            // The objection switch of a legitimate-interest purpose: true = "not objected", a lawful default.
            [ConsentSetting(Purposes.Personalization)] public bool PersonalizeMyFeed { get; set; } = true;
        }

        """;

    private const string Health = """
        public class Patient
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData(PersonalDataCategory.Health), ConsentPurpose(Purposes.Personalization)] public string Condition { get; set; } = "";
            [PersonalData(PersonalDataCategory.Biometric), ConsentPurpose(Purposes.Personalization)] public string FaceTemplate { get; set; } = "";
            [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.Personalization)] public string Clicks { get; set; } = "";
        }
        public interface IFeed
        {
            [ConsentSink(Purposes.Personalization)] void Rank(string signal);
        }

        """;

    [Fact]
    public Task Flows_to_a_legitimate_interest_purpose_still_need_a_check_for_it() => ConsentGuardTest.VerifyAsync(Prelude.Usings + LegitimateInterest + Prelude.Domain + Objection + """
        public interface IFeed
        {
            [ConsentSink(Purposes.Personalization)] void Rank(string signal);
        }
        public class Ranker(IFeed feed, IConsentProvider consent)
        {
            public void Unchecked(Member m) => feed.Rank({|CG0001:m.Headline|});
            public void OtherPurpose(Member m)
            {
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                    feed.Rank({|CG0003:m.Headline|});
            }
            public void NotObjected(Member m)
            {
                if (consent.IsGranted(m.Id, Purposes.Personalization))
                    feed.Rank(m.Headline);
            }
        }
        """);

    [Fact]
    public Task CG0004_guards_consent_purposes_only() => ConsentGuardTest.VerifyAsync(Prelude.Usings + LegitimateInterest + Prelude.Domain + """
        public class PrivacySettings
        {
            [ConsentSetting(Purposes.Personalization)] public bool PersonalizeMyFeed { get; set; } = true;
            [ConsentSetting(Purposes.GenerativeTraining)] public bool UseMyDataForAi { get; set; } = {|CG0004:true|};
            [ConsentSetting(Purposes.Analytics)] public bool Stats { get; set; }
            public PrivacySettings() { PersonalizeMyFeed = true; Stats = {|CG0004:true|}; }
        }
        """);

    [Fact]
    public Task CG0015_a_legitimate_interest_purpose_without_an_objection_setting() => ConsentGuardTest.VerifyAsync(Prelude.Usings +
        "[assembly: {|CG0015:LegalBasis(Purposes.Personalization, LegalBasisKind.LegitimateInterest, Assessment = \"LIA-2025-07\", NoticeDate = \"2025-09-01\")|}]\n" +
        "[assembly: LegalBasis(Purposes.GenerativeTraining, LegalBasisKind.Consent)]\n" + Prelude.Domain + """
        public class PrivacySettings
        {
            [ConsentSetting(Purposes.GenerativeTraining)] public bool UseMyDataForAi { get; set; }
        }
        """);

    [Fact]
    public Task CG0015_compliant_twin_setting_on_an_interface_or_field_counts() => ConsentGuardTest.VerifyAsync(Prelude.Usings + LegitimateInterest +
        "[assembly: LegalBasis(Purposes.Analytics, LegalBasisKind.LegitimateInterest, Assessment = \"LIA-2025-08\", NoticeDate = \"2025-10-01\")]\n" + Prelude.Domain + """
        public interface IPrivacySettings
        {
            [ConsentSetting(Purposes.Personalization)] bool PersonalizeMyFeed { get; }
        }
        public class Settings
        {
            [ConsentSetting(Purposes.Analytics)] public bool Stats = true;
        }
        """);

    [Fact]
    public async Task CG0015_message_names_the_purpose_and_the_assessment()
    {
        var test = new ConsentGuardTest { TestCode = Prelude.Usings + LegitimateInterest.Replace("[assembly: LegalBasis(", "[assembly: {|#0:LegalBasis(").Replace(")]", ")|}]") + Prelude.Domain };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.NoObjectionSetting).WithLocation(0).WithArguments("Personalization", "LIA-2025-07"));
        await test.RunAsync();
    }

    [Fact]
    public Task CG0016_special_category_data_reaching_a_legitimate_interest_purpose() => ConsentGuardTest.VerifyAsync(Prelude.Usings + LegitimateInterest + Prelude.Domain + Objection + Health + """
        public class Ranker(IFeed feed, IConsentProvider consent)
        {
            public void Checked(Patient p)
            {
                if (!consent.IsGranted(p.Id, Purposes.Personalization))
                    return;
                feed.Rank({|CG0016:p.Condition|});
                feed.Rank({|CG0016:p.FaceTemplate + p.Clicks|});
                feed.Rank(p.Clicks);
            }
            public void Unchecked(Patient p) => feed.Rank({|CG0001:{|CG0016:p.Condition|}|});
            private string Describe(Patient p) => "condition: " + p.Condition;
            public void ThroughAMethod(Patient p)
            {
                if (consent.IsGranted(p.Id, Purposes.Personalization))
                    feed.Rank({|CG0016:Describe(p)|});
            }
        }
        """);

    [Fact]
    public Task CG0016_compliant_twin_the_same_flows_to_a_consent_purpose() => ConsentGuardTest.VerifyAsync(Prelude.Usings + Prelude.Domain + Health + """
        public class Ranker(IFeed feed, IConsentProvider consent)
        {
            public void Checked(Patient p)
            {
                if (!consent.IsGranted(p.Id, Purposes.Personalization))
                    return;
                feed.Rank(p.Condition);
                feed.Rank(p.FaceTemplate + p.Clicks);
            }
        }
        """);

    [Fact]
    public async Task CG0016_message_names_the_special_category_origins()
    {
        var test = new ConsentGuardTest
        {
            TestCode = Prelude.Usings + LegitimateInterest + Prelude.Domain + Objection + Health + """
                public class Ranker(IFeed feed, IConsentProvider consent)
                {
                    public void Checked(Patient p)
                    {
                        if (consent.IsGranted(p.Id, Purposes.Personalization))
                            feed.Rank({|#0:p.Condition + p.Clicks|});
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.SpecialCategoryUnderLegitimateInterest).WithLocation(0)
            .WithArguments("Patient.Clicks, Patient.Condition", "Personalization", "Patient.Condition (Health)"));
        await test.RunAsync();
    }

    [Fact]
    public Task Invalid_legitimate_interest_declarations_are_CG0005_and_leave_the_purpose_on_consent() => ConsentGuardTest.VerifyAsync(Prelude.Usings + """
        [assembly: {|CG0005:LegalBasis(Purposes.Personalization, LegalBasisKind.LegitimateInterest, NoticeDate = "2025-09-01")|}]
        [assembly: {|CG0005:LegalBasis(Purposes.Analytics, LegalBasisKind.LegitimateInterest, Assessment = "LIA-1")|}]
        [assembly: {|CG0005:LegalBasis(Purposes.Advertising, LegalBasisKind.LegitimateInterest, Assessment = "LIA-2", NoticeDate = "01/09/2025")|}]
        [assembly: {|CG0005:LegalBasis(Purposes.ModelTraining, (LegalBasisKind)7)|}]
        [assembly: LegalBasis(Purposes.GenerativeTraining, LegalBasisKind.Consent)]
        [assembly: {|CG0005:LegalBasis(Purposes.GenerativeTraining, LegalBasisKind.Consent)|}]
        [assembly: LegalBasis({|CG0005:"Personalisation"|}, LegalBasisKind.Consent)]

        """ + Prelude.Domain + """
        public class PrivacySettings
        {
            // Still consent purposes: CG0004 applies.
            [ConsentSetting(Purposes.Personalization)] public bool PersonalizeMyFeed { get; set; } = {|CG0004:true|};
            [ConsentSetting(Purposes.Analytics)] public bool Stats { get; set; } = {|CG0004:true|};
        }
        """);

    [Fact]
    public async Task The_CG0005_message_says_what_the_declaration_lacks()
    {
        var test = new ConsentGuardTest
        {
            TestCode = Prelude.Usings + "[assembly: {|#0:LegalBasis(Purposes.Personalization, LegalBasisKind.LegitimateInterest, NoticeDate = \"2025-09-01\")|}]\n" + Prelude.Domain,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UnknownPurpose).WithLocation(0).WithArguments("Personalization",
            "has an invalid [assembly: LegalBasis]: legitimate interest needs the reference of its assessment (Assessment = \"LIA-…\"); the purpose stays on consent"));
        await test.RunAsync();
    }

    [Fact]
    public Task A_basis_line_in_ConsentGuard_txt_declares_legitimate_interest() => ConsentGuardTest.VerifyAsync(Prelude.With(Health + """
        public class PrivacySettings
        {
            [ConsentSetting(Purposes.Personalization)] public bool PersonalizeMyFeed { get; set; } = true;
        }
        public class Ranker(IFeed feed, IConsentProvider consent)
        {
            public void Checked(Patient p)
            {
                if (consent.IsGranted(p.Id, Purposes.Personalization))
                    feed.Rank({|CG0016:p.Condition|});
            }
        }
        """), "# legal bases\nbasis Personalization legitimate-interest LIA-2025-07 2025-09-01\nbasis GenerativeTraining consent\n");

    [Fact]
    public async Task Invalid_basis_lines_are_CG0010_and_an_attribute_overrides_a_line()
    {
        var test = new ConsentGuardTest { TestCode = Prelude.Usings + "[assembly: LegalBasis(Purposes.Analytics, LegalBasisKind.Consent)]\n" + Prelude.Domain };
        test.TestState.AdditionalFiles.Add(("/ConsentGuard.txt", """
            {|CG0010:basis Personalization legitimate-interest LIA-2025-07|}
            {|CG0010:basis Personalization legitimate-interest LIA-2025-07 2025-13-01|}
            {|CG0010:basis Personalization opt-out|}
            {|CG0010:basis Personalisation consent|}
            {|CG0010:basis Analytics legitimate-interest LIA-1 2025-01-01|}
            basis Advertising consent
            {|CG0010:basis Advertising consent|}
            basis ModelTraining consent
            """));
        await test.RunAsync();
    }

    [Fact]
    public Task A_setting_without_a_basis_declaration_is_still_a_consent_setting() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public class PrivacySettings
        {
            [ConsentSetting(Purposes.Personalization)] public bool PersonalizeMyFeed { get; set; } = {|CG0004:true|};
        }
        """));
}
