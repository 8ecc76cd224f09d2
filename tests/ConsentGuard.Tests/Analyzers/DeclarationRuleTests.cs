using System.Threading.Tasks;
using ConsentGuard.Tests.Infrastructure;

namespace ConsentGuard.Tests.Analyzers;

/// <summary>CG0004, CG0005, CG0007, CG0008, CG0009: each with compliant twins that stay clean.</summary>
public sealed class DeclarationRuleTests
{
    [Fact]
    public Task CG0004_consent_settings_must_not_default_to_granted() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public class Settings
        {
            [ConsentSetting(Purposes.GenerativeTraining)] public bool Ai { get; set; } = {|CG0004:true|};
            [ConsentSetting(Purposes.Personalization)] public bool Feed { get; set; }
            [ConsentSetting(Purposes.Advertising)] public bool Ads { get; set; } = false;
            [ConsentSetting(Purposes.Analytics)] public bool Stats = {|CG0004:true|};
            [ConsentSetting(Purposes.ModelTraining)] [System.ComponentModel.DefaultValue({|CG0004:true|})] public bool Ml { get; set; }
            [ConsentSetting(Purposes.ContentModeration)] [System.ComponentModel.DefaultValue(false)] public bool Mod { get; set; }
            public bool Unrelated { get; set; } = true;
            [ConsentSetting(Purposes.Personalization)] public bool? Undecided { get; set; } = {|CG0004:true|};
            [ConsentSetting(Purposes.Personalization)] public string Label { get; set; } = "true";

            public Settings() { Feed = {|CG0004:true|}; Ads = false; Unrelated = true; }
            public void OptIn() => Feed = true;
        }
        public record Prefs([property: ConsentSetting(Purposes.Advertising)] bool Ads = {|CG0004:true|}, bool Dark = true);
        """));

    [Fact]
    public Task CG0005_unknown_and_malformed_purposes_everywhere() => ConsentGuardTest.VerifyAsync(Prelude.Usings + """
        [assembly: DefinePurpose("FraudDetection", Description = "Fake accounts")]
        [assembly: DefinePurpose({|CG0005:"Not a name"|})]

        """ + Prelude.Domain + """
        public class Account
        {
            [PersonalData, ConsentPurpose({|CG0005:"Analitycs"|})] public string Login { get; set; } = "";
            [PersonalData, ConsentPurpose("FraudDetection")] public string Pattern { get; set; } = "";
        }
        public interface ISinks
        {
            [ConsentSink({|CG0005:"GenerativeTrainig"|})] void A(string s);
            void B([ConsentSink({|CG0005:"Marketing"|})] string s);
            [return: ConsentCleared({|CG0005:""|})] string C();
            [ConsentCheck({|CG0005:"fraud"|})] bool D(string id);
        }
        public class Job(IConsentProvider consent)
        {
            [ConsentExempt({|CG0005:"Testing"|}, Justification = "x")] public void E() { }
            public bool F(string id) => consent.IsGranted(id, {|CG0005:"Personalisation"|});
            public bool G(string id) => consent.IsGranted(id, "FraudDetection");
        }
        """);

    [Fact]
    public Task CG0007_discarded_check_results() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public class Job(IConsentProvider consent)
        {
            public async Task Run(Member m)
            {
                {|CG0007:consent.IsGranted(m.Id, Purposes.Analytics)|};
                _ = {|CG0007:consent.IsGranted(m.Id, Purposes.Analytics)|};
                await {|CG0007:consent.IsGrantedAsync(m.Id, Purposes.Analytics)|};
                var kept = consent.IsGranted(m.Id, Purposes.Analytics);
                if (await consent.IsGrantedAsync(m.Id, Purposes.Analytics)) { }
                Console.WriteLine(kept);
            }
        }
        """));

    [Fact]
    public Task CG0008_purpose_must_be_constant_unless_a_check_forwards_its_own() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        public class Job(IConsentProvider consent)
        {
            private const string P = Purposes.Analytics;
            public bool A(string id, string purpose) => consent.IsGranted(id, {|CG0008:purpose|});
            public bool B(string id) => consent.IsGranted(id, P);
            public bool C(string id, int n) => consent.IsGranted(id, {|CG0008:n > 0 ? Purposes.Analytics : Purposes.Advertising|});
            public bool D(string id) => consent.IsGranted(id, nameof(Purposes.Analytics));
        }
        public sealed class CachingProvider(IConsentProvider inner) : IConsentProvider
        {
            public bool IsGranted(string subjectId, string purpose) => inner.IsGranted(subjectId, purpose);
            public ValueTask<bool> IsGrantedAsync(string subjectId, string purpose, System.Threading.CancellationToken cancellationToken = default) => inner.IsGrantedAsync(subjectId, purpose, cancellationToken);
            public ISet<string> GetGrantedSubjects(IReadOnlyCollection<string> subjectIds, string purpose) => inner.GetGrantedSubjects(subjectIds, purpose);
        }
        """));

    [Fact]
    public Task CG0009_exemptions_need_a_justification() => ConsentGuardTest.VerifyAsync(Prelude.With("""
        [{|CG0009:ConsentExempt(Purposes.Analytics)|}]
        public class A { }
        public class B
        {
            [{|CG0009:ConsentExempt(Purposes.Analytics, Justification = "  ")|}] public void M() { }
            [{|CG0009:ConsentExempt(Purposes.Analytics, Justification = "")|}] public B() { }
            [ConsentExempt(Purposes.Analytics, Justification = "Aggregated counts only; DPIA-7")] public void N() { }
        }
        """));

    /// <summary>
    /// The attribute rules bind only attributes whose written name can be one of ours; every other way of naming
    /// them must still be seen: aliases (global, in another file; per namespace, of another alias), qualified names.
    /// </summary>
    [Fact]
    public Task Attribute_rules_see_our_attributes_through_aliases_and_qualified_names()
    {
        var test = new ConsentGuardTest
        {
            TestState =
            {
                Sources =
                {
                    Prelude.With("""
                        namespace Jobs
                        {
                            using Waiver = Exempt;
                            public class A
                            {
                                [{|CG0009:Exempt(Purposes.Analytics)|}] public void M() { }
                                [{|CG0009:Waiver(Purposes.Analytics, Justification = "")|}] public void N() { }
                                [{|CG0009:global::ConsentGuard.ConsentExemptAttribute(Purposes.Analytics)|}] public void O() { }
                                [Waiver(Purposes.Analytics, Justification = "Aggregated counts only")] public void P() { }
                                [Sink({|CG0005:"Analitycs"|})] public void Q(string s) { }
                                [ConsentGuard.ConsentPurpose({|CG0005:"Marketing"|})] public string R { get; set; } = "";
                            }
                        }
                        """),
                    "global using Exempt = ConsentGuard.ConsentExemptAttribute;\nglobal using Sink = ConsentGuard.ConsentSinkAttribute;\n",
                },
            },
        };
        return test.RunAsync();
    }
}
