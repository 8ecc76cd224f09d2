using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.CodeFixes;
using ConsentGuard.Tests.Infrastructure;

namespace ConsentGuard.Tests.CodeFixes;

/// <summary>CG0004 "Default to not granted (false)", CG0005 "Use purpose 'X'", CG0009 "Add a justification".</summary>
public sealed class DeclarationFixTests
{
    [Fact]
    public Task CG0004_every_form_of_default_becomes_false() => ConsentGuardCodeFixTest<ConsentSettingDefaultCodeFixProvider>.VerifyAsync(Prelude.With("""
        public class Settings
        {
            [ConsentSetting(Purposes.GenerativeTraining)] public bool Ai { get; set; } = {|CG0004:true|};
            [ConsentSetting(Purposes.Analytics)] public bool Stats = {|CG0004:true|}; // opt-in
            [ConsentSetting(Purposes.ModelTraining)] [System.ComponentModel.DefaultValue({|CG0004:true|})] public bool Ml { get; set; }
            [ConsentSetting(Purposes.Personalization)] public bool Feed { get; set; }
            public Settings() { Feed = {|CG0004:true|}; }
        }
        public record Prefs([property: ConsentSetting(Purposes.Advertising)] bool Ads = {|CG0004:true|}, bool Dark = true);
        """), Prelude.With("""
        public class Settings
        {
            [ConsentSetting(Purposes.GenerativeTraining)] public bool Ai { get; set; } = false;
            [ConsentSetting(Purposes.Analytics)] public bool Stats = false; // opt-in
            [ConsentSetting(Purposes.ModelTraining)] [System.ComponentModel.DefaultValue(false)] public bool Ml { get; set; }
            [ConsentSetting(Purposes.Personalization)] public bool Feed { get; set; }
            public Settings() { Feed = false; }
        }
        public record Prefs([property: ConsentSetting(Purposes.Advertising)] bool Ads = false, bool Dark = true);
        """), "ConsentGuard.DefaultToNotGranted");

    [Fact]
    public Task CG0005_misspelled_literals_become_the_nearest_purpose() => ConsentGuardCodeFixTest<UnknownPurposeCodeFixProvider>.VerifyAsync(Prelude.Usings + """
        [assembly: DefinePurpose("FraudDetection")]
        public interface ISinks
        {
            [ConsentSink({|CG0005:"GenerativeTrainig"|})] void A(string s);
            [ConsentCheck({|CG0005:"FraudDetecton"|})] bool B(string id);
        }
        public class Job(IConsentProvider consent)
        {
            public bool F(string id) => consent.IsGranted(id, {|CG0005:"Personalisation"|});
        }
        """, Prelude.Usings + """
        [assembly: DefinePurpose("FraudDetection")]
        public interface ISinks
        {
            [ConsentSink("GenerativeTraining")] void A(string s);
            [ConsentCheck("FraudDetection")] bool B(string id);
        }
        public class Job(IConsentProvider consent)
        {
            public bool F(string id) => consent.IsGranted(id, "Personalization");
        }
        """, "ConsentGuard.UseNearestPurpose");

    [Fact]
    public Task CG0005_not_offered_without_a_near_purpose_or_for_a_constant() => ConsentGuardCodeFixTest<UnknownPurposeCodeFixProvider>.VerifyNotOfferedAsync(Prelude.Usings + """
        public static class MyPurposes { public const string Ai = "GenerativeTrainig"; }
        public interface ISinks
        {
            [ConsentSink({|CG0005:"Marketing"|})] void A(string s);
            [ConsentSink({|CG0005:"Not a name"|})] void B(string s);
            [ConsentSink({|CG0005:MyPurposes.Ai|})] void C(string s);
        }
        """);

    [Fact]
    public Task CG0009_adds_an_empty_justification_that_still_needs_words() => ConsentGuardCodeFixTest<ExemptionJustificationCodeFixProvider>.VerifyAsync(Prelude.With("""
        public class Exporter(ICorpus corpus)
        {
            [{|CG0009:ConsentExempt(Purposes.GenerativeTraining)|}]
            public void ExportQuietly(Member m) => corpus.Add(m.Headline);

            [ConsentExempt(Purposes.GenerativeTraining, Justification = "Synthetic members only; DPIA-2024-17")]
            public void ExportSynthetic(Member m) => corpus.Add(m.Headline);
        }
        """), Prelude.With("""
        public class Exporter(ICorpus corpus)
        {
            [{|CG0009:ConsentExempt(Purposes.GenerativeTraining, Justification = "")|}]
            public void ExportQuietly(Member m) => corpus.Add(m.Headline);

            [ConsentExempt(Purposes.GenerativeTraining, Justification = "Synthetic members only; DPIA-2024-17")]
            public void ExportSynthetic(Member m) => corpus.Add(m.Headline);
        }
        """), "ConsentGuard.AddJustification");

    [Fact]
    public Task CG0009_not_offered_when_a_justification_is_written_but_blank() => ConsentGuardCodeFixTest<ExemptionJustificationCodeFixProvider>.VerifyNotOfferedAsync(Prelude.With("""
        public class Exporter(ICorpus corpus)
        {
            [{|CG0009:ConsentExempt(Purposes.GenerativeTraining, Justification = " ")|}]
            public void ExportQuietly(Member m) => corpus.Add(m.Headline);
        }
        """));

    [Fact]
    public async Task CG0009_asks_the_IDE_to_put_the_caret_on_the_empty_justification()
    {
        var fixedDocument = await CodeFixRunner.ApplyAsync<ExemptionJustificationCodeFixProvider>(Prelude.With("""
            public class Exporter(ICorpus corpus)
            {
                [ConsentExempt(Purposes.GenerativeTraining)]
                public void ExportQuietly(Member m) => corpus.Add(m.Headline);
            }
            """), "CG0009");

        var root = (await fixedDocument.GetSyntaxRootAsync())!;
        // Roslyn's NavigationAnnotation is internal; its kind is the contract with the IDE.
        var caret = Assert.Single(root.GetAnnotatedNodesAndTokens("CodeAction_Navigation"));
        Assert.Equal("\"\"", caret.ToString());
        Assert.Equal("Justification = \"\"", caret.Parent!.ToString());
    }
}
