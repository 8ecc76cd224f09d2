using System.Threading.Tasks;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.CodeFixes;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ConsentGuard.Tests.Governance;

/// <summary>CG0013: exemptions with an end date, judged on the reference date of <c>.globalconfig</c>; a malformed date is CG0005.</summary>
public sealed class ExemptionExpiryTests
{
    private static Task VerifyAsync(string code, params string[] config)
    {
        var test = new ConsentGuardTest { TestCode = Prelude.With(code) };
        GlobalConfig.Add(test.TestState, config.Length == 0 ? [GlobalConfig.ReferenceDateLine] : config);
        return test.RunAsync();
    }

    [Fact]
    public Task An_exemption_past_its_last_day_is_reported_at_its_date_and_still_applies() => VerifyAsync("""
        public class Exporter(ICorpus corpus)
        {
            [ConsentExempt(Purposes.GenerativeTraining, Justification = "Synthetic members", Ticket = "PRIV-1", Expires = {|CG0013:"2027-03-14"|})]
            public void Yesterday(Member m) => corpus.Add(m.Headline);

            [ConsentExempt(Purposes.GenerativeTraining, Justification = "Synthetic members", Ticket = "PRIV-2", Expires = "2027-03-15")]
            public void LastDayToday(Member m) => corpus.Add(m.Headline);

            [ConsentExempt(Purposes.GenerativeTraining, Justification = "Synthetic members", Expires = "2030-01-01")]
            public void Later(Member m) => corpus.Add(m.Headline);

            [ConsentExempt(Purposes.GenerativeTraining, Justification = "Synthetic members")]
            public void NoEnd(Member m) => corpus.Add(m.Headline);
        }
        """);

    [Fact]
    public async Task The_message_names_purpose_date_and_ticket()
    {
        var test = new ConsentGuardTest { TestCode = Prelude.With("""
            [ConsentExempt(Purposes.GenerativeTraining, Justification = "x", Ticket = "PRIV-123", Expires = {|#0:"2026-12-31"|})]
            public class Exporter { }
            """) };
        GlobalConfig.Add(test.TestState, GlobalConfig.ReferenceDateLine);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.ExemptionExpired)
            .WithLocation(0)
            .WithArguments("GenerativeTraining", "2026-12-31", " (ticket PRIV-123)"));
        await test.RunAsync();
    }

    [Fact]
    public Task A_date_that_is_not_yyyy_MM_dd_is_invalid_input() => VerifyAsync("""
        public class Exporter(ICorpus corpus)
        {
            [ConsentExempt(Purposes.GenerativeTraining, Justification = "x", Expires = {|CG0005:"30/06/2027"|})]
            public void A(Member m) => corpus.Add(m.Headline);
            [ConsentExempt(Purposes.GenerativeTraining, Justification = "x", Expires = {|CG0005:"2027-02-30"|})]
            public void B(Member m) => corpus.Add(m.Headline);
            [ConsentExempt(Purposes.GenerativeTraining, Justification = "x", Expires = {|CG0005:""|})]
            public void C(Member m) => corpus.Add(m.Headline);
            [ConsentExempt(Purposes.GenerativeTraining, Justification = "x", Expires = null)]
            public void D(Member m) => corpus.Add(m.Headline);
        }
        """);

    [Fact]
    public Task Without_a_reference_date_the_build_date_is_today() => VerifyAsync("""
        public class Exporter(ICorpus corpus)
        {
            [ConsentExempt(Purposes.GenerativeTraining, Justification = "x", Expires = {|CG0013:"2001-01-01"|})]
            public void Old(Member m) => corpus.Add(m.Headline);
            [ConsentExempt(Purposes.GenerativeTraining, Justification = "x", Expires = "9999-12-31")]
            public void Far(Member m) => corpus.Add(m.Headline);
        }
        """, "consentguard.some_other_key = 1");

    [Fact]
    public async Task A_malformed_reference_date_is_reported_and_the_build_date_applies()
    {
        var test = new ConsentGuardTest { TestCode = Prelude.With("""
            public class Exporter(ICorpus corpus)
            {
                [ConsentExempt(Purposes.GenerativeTraining, Justification = "x", Expires = {|CG0013:"2001-01-01"|})]
                public void Old(Member m) => corpus.Add(m.Headline);
            }
            """) };
        GlobalConfig.Add(test.TestState, "consentguard.reference_date = soon");
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.InvalidConfigLine)
            .WithArguments(".globalconfig consentguard.reference_date", "'soon' is not a date in the form yyyy-MM-dd; today's UTC date is used"));
        await test.RunAsync();
    }

    private const string Expired = """
        public class Exporter(ICorpus corpus)
        {
            [ConsentExempt(Purposes.GenerativeTraining, Justification = "Synthetic members", Ticket = "PRIV-1", Expires = {|CG0013:"2027-01-31"|})]
            public void Export(Member m) => corpus.Add(m.Headline);
        }
        """;

    private static Task VerifyFixAsync(string fixedCode, string key)
    {
        var test = new ConsentGuardCodeFixTest<ExpiredExemptionCodeFixProvider>
        {
            TestCode = Prelude.With(Expired),
            FixedCode = Prelude.With(fixedCode),
            CodeActionEquivalenceKey = key,
        };
        GlobalConfig.Add(test.TestState, GlobalConfig.ReferenceDateLine);
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }

    [Fact]
    public Task Extend_moves_the_date_one_review_cycle_past_the_reference_date() => VerifyFixAsync("""
        public class Exporter(ICorpus corpus)
        {
            [ConsentExempt(Purposes.GenerativeTraining, Justification = "Synthetic members", Ticket = "PRIV-1", Expires = "2027-06-13")]
            public void Export(Member m) => corpus.Add(m.Headline);
        }
        """, "ConsentGuard.ExtendExemption");

    [Fact]
    public Task Remove_drops_the_exemption_and_the_flow_it_hid_is_reported() => VerifyFixAsync("""
        public class Exporter(ICorpus corpus)
        {
            public void Export(Member m) => corpus.Add({|CG0001:m.Headline|});
        }
        """, "ConsentGuard.RemoveExemption");
}
