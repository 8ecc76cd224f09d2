using System.Threading.Tasks;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace ConsentGuard.Tests.Governance;

/// <summary><c>consentguard.purpose.&lt;Name&gt;.enforcement</c>: CG0001–CG0003's severity per purpose, other purposes untouched.</summary>
public sealed class PurposeEnforcementTests
{
    private const string Code = """
        public interface IStats { [ConsentSink(Purposes.Analytics)] void Track(string text); }
        public class Jobs(ICorpus corpus, IStats stats, IConsentProvider consent)
        {
            public void Train(Member m) => corpus.Add({|#0:m.Headline|});
            public void Count(Member m) => stats.Track({|#1:m.Email|});
            public void CheckedWrong(Member m)
            {
                if (consent.IsGranted(m.Id, Purposes.Personalization))
                    corpus.Add({|#2:m.Headline|});
            }
        }
        """;

    private static async Task VerifyAsync(string[] config, params DiagnosticResult[] expected) => await VerifyAsync(config, null, expected);

    private static async Task VerifyAsync(string[] config, string? editorconfig, params DiagnosticResult[] expected)
    {
        var test = new ConsentGuardTest { TestCode = Prelude.With(Code) };
        GlobalConfig.Add(test.TestState, config);
        if (editorconfig is not null)
            test.TestState.AnalyzerConfigFiles.Add(("/0/.editorconfig", "root = true\n[*.cs]\n" + editorconfig + "\n"));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private static DiagnosticResult Unchecked(int location, DiagnosticSeverity severity) =>
        new DiagnosticResult(DiagnosticIds.UncheckedFlow, severity).WithLocation(location);

    private static DiagnosticResult Undeclared(int location, DiagnosticSeverity severity) =>
        new DiagnosticResult(DiagnosticIds.UndeclaredPurpose, severity).WithLocation(location);

    private static DiagnosticResult Wrong(int location, DiagnosticSeverity severity) =>
        new DiagnosticResult(DiagnosticIds.WrongPurposeChecked, severity).WithLocation(location);

    [Fact]
    public Task By_default_every_purpose_is_enforced_as_an_error() => VerifyAsync([],
        Unchecked(0, DiagnosticSeverity.Error), Undeclared(1, DiagnosticSeverity.Error), Wrong(2, DiagnosticSeverity.Error));

    [Fact]
    public Task Warning_lowers_the_flows_of_that_purpose_only() => VerifyAsync(["consentguard.purpose.Analytics.enforcement = warning"],
        Unchecked(0, DiagnosticSeverity.Error), Undeclared(1, DiagnosticSeverity.Warning), Wrong(2, DiagnosticSeverity.Error));

    [Fact]
    public Task Warning_for_generative_training_covers_CG0001_and_CG0003() => VerifyAsync(["consentguard.purpose.GenerativeTraining.enforcement = warning"],
        Unchecked(0, DiagnosticSeverity.Warning), Undeclared(1, DiagnosticSeverity.Error), Wrong(2, DiagnosticSeverity.Warning));

    [Fact]
    public Task Off_silences_the_flows_of_that_purpose() => VerifyAsync(
        ["consentguard.purpose.GenerativeTraining.enforcement = off", "consentguard.purpose.Analytics.enforcement = error"],
        Undeclared(1, DiagnosticSeverity.Error));

    [Fact]
    public Task Purpose_names_and_values_are_matched_without_case() => VerifyAsync(["consentguard.purpose.analytics.enforcement = Warning"],
        Unchecked(0, DiagnosticSeverity.Error), Undeclared(1, DiagnosticSeverity.Warning), Wrong(2, DiagnosticSeverity.Error));

    [Fact]
    public Task An_unknown_value_or_purpose_is_a_configuration_warning_and_error_applies() => VerifyAsync(
        ["consentguard.purpose.Analytics.enforcement = lenient", "consentguard.purpose.Marketing.enforcement = warning"],
        Unchecked(0, DiagnosticSeverity.Error), Undeclared(1, DiagnosticSeverity.Error), Wrong(2, DiagnosticSeverity.Error),
        new DiagnosticResult(DiagnosticDescriptors.InvalidConfigLine).WithArguments(".globalconfig consentguard.purpose.analytics.enforcement",
            "'lenient' is not an enforcement: use error, warning or off; 'error' applies to 'Analytics'"),
        new DiagnosticResult(DiagnosticDescriptors.InvalidConfigLine).WithArguments(".globalconfig consentguard.purpose.marketing.enforcement",
            "'marketing' is not a known purpose, so this setting applies to nothing"));
}
