using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Analyzers.Analyzers;
using ConsentGuard.Tests.Configuration;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace ConsentGuard.Tests.Analyzers;

/// <summary>
/// The non-flow analyzers' compilation-level gates (issue #16): on code that references ConsentGuard but uses nothing a rule is
/// about, the rule registers no per-node, per-operation or per-symbol action (read from the driver's count of registered
/// actions, not from timing); wherever the rule can apply without the source naming our attribute (the runtime's own checks,
/// a referenced assembly, ConsentGuard.txt, an escaped name) it still reports.
/// </summary>
public sealed class AnalyzerGateTests
{
    /// <summary>Ordinary code of a project that has the package but does not use it yet.</summary>
    private const string Plain = """
        using System.Collections.Generic;
        using System.ComponentModel;
        public class Settings
        {
            [DefaultValue(true)] public bool Enabled { get; set; } = true;
            private bool _verbose = true;
            public Settings() { Enabled = true; _verbose = true; }
            public bool Verbose => _verbose;
        }
        public record Order(string Id, decimal Total, bool Paid = true);
        public class Pricing
        {
            [System.Obsolete("use Total")] public decimal Sum(IEnumerable<decimal> prices) { var sum = 0m; foreach (var p in prices) sum += p; return sum; }
            public bool IsValid(Order o) => o.Total > 0;
            public void Check(Order o) { IsValid(o); _ = IsValid(o); }
        }
        """;

    /// <summary>
    /// Each tree answers "which of our attribute names does your text contain" as the bits of an int (TreeMentions), and a
    /// compilation ORs them: the names must fit, and each tree's bits must be the names its text holds.
    /// </summary>
    [Fact]
    public void A_tree_answers_which_attribute_names_it_mentions_as_bits()
    {
        var names = ConsentGuard.Analyzers.Model.WellKnownTypes.AttributeShortNames;
        Assert.InRange(names.Length, 1, 31);
        var tree = CSharpSyntaxTree.ParseText("[PersonalData] class A { [ConsentSink(\"x\")] void M(string s) { } } // Anonymizer");
        var bits = ConsentGuard.Analyzers.Model.TreeMentions.Of(tree).AttributeNamesMentioned;
        var mentioned = names.Where((_, i) => (bits & (1 << i)) != 0).OrderBy(n => n, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "Anonymizer", "ConsentSink", "PersonalData" }, mentioned);
        Assert.Equal(0, ConsentGuard.Analyzers.Model.TreeMentions.Of(CSharpSyntaxTree.ParseText("class B { }")).AttributeNamesMentioned);
    }

    [Fact]
    public async Task Code_that_uses_nothing_of_ConsentGuard_gets_no_per_node_work_from_the_rules()
    {
        var compilation = Compile(Plain);
        foreach (var analyzer in GatedAnalyzers())
        {
            var (diagnostics, telemetry) = await Run(compilation, analyzer);
            Assert.Empty(diagnostics);
            var name = analyzer.GetType().Name;
            Assert.True(telemetry.OperationActionsCount == 0, name + " registered operation actions");
            Assert.True(telemetry.SyntaxNodeActionsCount == 0, name + " registered syntax node actions");
            Assert.True(telemetry.SymbolActionsCount == 0, name + " registered symbol actions");
        }
    }

    [Fact]
    public async Task The_gates_open_where_the_source_uses_the_attributes()
    {
        var code = """
            [assembly: DefinePurpose("Research")]
            public class Prefs { [ConsentSetting(Purposes.Analytics)] public bool Share { get; set; } }
            [ConsentExempt(Purposes.Analytics, Justification = "aggregate counts only")] public class Counter { }
            public class Gate { [ConsentCheck] public bool Allowed(string id, string purpose) => false; }
            [ConsentPurpose(Purposes.Analytics)] public partial class Visitor { [DataSubject] public string Id { get; set; } = ""; [PersonalData] public string Email { get; set; } = ""; }
            """;
        var compilation = Compile(code);
        Assert.True((await Run(compilation, new DiscardedCheckAnalyzer())).Telemetry.OperationActionsCount > 0);
        Assert.True((await Run(compilation, new ConsentSettingAnalyzer())).Telemetry.OperationActionsCount > 0);
        Assert.True((await Run(compilation, new AccessorEligibilityAnalyzer())).Telemetry.SymbolActionsCount > 0);
        Assert.True((await Run(compilation, new ExemptionJustificationAnalyzer())).Telemetry.SyntaxNodeActionsCount > 0);
        Assert.True((await Run(compilation, new ExemptionExpiryAnalyzer())).Telemetry.SyntaxNodeActionsCount > 0);
        var purposes = (await Run(compilation, new PurposeArgumentAnalyzer())).Telemetry;
        Assert.True(purposes.SyntaxNodeActionsCount > 0 && purposes.OperationActionsCount > 0);
    }

    // ------------------------------------------------------------------ checks (CG0007, CG0008)

    [Fact]
    public async Task A_discarded_check_of_the_runtime_is_found_though_the_source_names_no_attribute()
    {
        var code = """
            public class Service
            {
                public void Export(IConsentProvider consent, string id, string purpose)
                {
                    consent.IsGranted(id, Purposes.GenerativeTraining);
                    _ = consent.IsGranted(id, purpose);
                }
            }
            """;
        var compilation = Compile(code);
        Assert.Equal(new[] { "CG0007", "CG0007" }, Ids((await Run(compilation, new DiscardedCheckAnalyzer())).Diagnostics));
        Assert.Equal(new[] { "CG0008" }, Ids((await Run(compilation, new PurposeArgumentAnalyzer())).Diagnostics));
    }

    [Fact]
    public async Task A_discarded_check_declared_in_a_referenced_assembly_is_found()
    {
        var library = TestLibraries.Compile("Gates", "namespace Gates { public class Gate { [ConsentCheck(Purposes.Analytics)] public virtual bool Allowed(string id) => false; } }");
        var code = """
            public class Strict : Gates.Gate { public override bool Allowed(string id) => false; }
            public class Service { public void Run(Strict gate) { gate.Allowed("u"); } }
            """;
        Assert.Equal(new[] { "CG0007" }, Ids((await Run(Compile(code, library), new DiscardedCheckAnalyzer())).Diagnostics));
    }

    [Fact]
    public async Task A_discarded_check_declared_in_ConsentGuard_txt_is_found()
    {
        var vendor = TestLibraries.Compile("Vendor", "namespace Vendor { public class Auth { public bool Allowed(string id, string purpose) => false; } }", referenceConsentGuard: false);
        var code = """
            public class Service { public void Run(Vendor.Auth auth, string purpose) { auth.Allowed("u", purpose); } }
            """;
        var compilation = Compile(code, vendor);
        const string config = "check GenerativeTraining M:Vendor.Auth.Allowed(System.String,System.String)";
        Assert.Equal(new[] { "CG0007" }, Ids((await Run(compilation, new DiscardedCheckAnalyzer(), config)).Diagnostics));
        // Without the line the method is no check, and no invocation is visited.
        var (diagnostics, telemetry) = await Run(compilation, new DiscardedCheckAnalyzer());
        Assert.Empty(diagnostics);
        Assert.Equal(0, telemetry.OperationActionsCount);
    }

    [Fact]
    public async Task A_check_called_by_an_escaped_name_is_found()
    {
        var code = """
            public class Service { public void Run(IConsentProvider consent) { consent.IsGr\u0061nted("u", Purposes.Analytics); } }
            """;
        Assert.Equal(new[] { "CG0007" }, Ids((await Run(Compile(code), new DiscardedCheckAnalyzer())).Diagnostics));
    }

    [Fact]
    public async Task A_computed_condition_of_a_configured_conditional_sink_is_found()
    {
        var vendor = TestLibraries.Compile("Vendor", "namespace Vendor { public class Files { public void Upload(string path, string purpose) { } } }", referenceConsentGuard: false);
        var code = """
            public class Service { public void Run(Vendor.Files files, string purpose) => files.Upload("a.jsonl", purpose); }
            """;
        var compilation = Compile(code, vendor);
        const string config = "sink GenerativeTraining M:Vendor.Files.Upload(System.String,System.String) when purpose=FineTune";
        Assert.Equal(new[] { "CG0008" }, Ids((await Run(compilation, new PurposeArgumentAnalyzer(), config)).Diagnostics));
        // A configured sink without a condition leaves the conditional-sink rule nothing to visit.
        var unconditioned = await Run(compilation, new PurposeArgumentAnalyzer(), "sink GenerativeTraining M:Vendor.Files.Upload(System.String,System.String)");
        Assert.Empty(unconditioned.Diagnostics);
        Assert.Equal(0, unconditioned.Telemetry.OperationActionsCount);
    }

    // ------------------------------------------------------------------ settings (CG0004)

    [Fact]
    public async Task A_setting_declared_in_a_referenced_base_type_is_still_checked()
    {
        var library = TestLibraries.Compile("Prefs", "namespace Prefs { public class Base { [ConsentSetting(Purposes.GenerativeTraining)] public bool Share { get; set; } } }");
        var code = """
            public class Mine : Prefs.Base { public Mine() { Share = true; } }
            """;
        Assert.Equal(new[] { "CG0004" }, Ids((await Run(Compile(code, library), new ConsentSettingAnalyzer())).Diagnostics));
    }

    [Fact]
    public async Task A_setting_attribute_spelled_with_an_escape_is_seen()
    {
        var code = """
            public class Prefs { [Consent\u0053etting(Purposes.GenerativeTraining)] public bool Share { get; set; } = true; }
            """;
        Assert.Equal(new[] { "CG0004" }, Ids((await Run(Compile(code), new ConsentSettingAnalyzer())).Diagnostics));
    }

    // ------------------------------------------------------------------ accessors (CG0006)

    [Fact]
    public async Task Purposes_inherited_from_a_referenced_base_type_still_get_their_accessor_diagnostic()
    {
        var library = TestLibraries.Compile("Tracking", "namespace Tracking { [ConsentPurpose(Purposes.Analytics)] public class Tracked { } }");
        var code = """
            public class Visitor : Tracking.Tracked { [DataSubject] public string Id { get; set; } = ""; [PersonalData] public string Email { get; set; } = ""; }
            """;
        Assert.Equal(new[] { "CG0006" }, Ids((await Run(Compile(code, library), new AccessorEligibilityAnalyzer())).Diagnostics));
        // Personal data without any purpose: no accessors are planned, and no type is visited.
        var (diagnostics, telemetry) = await Run(Compile(code.Replace("Tracking.Tracked", "object")), new AccessorEligibilityAnalyzer());
        Assert.Empty(diagnostics);
        Assert.Equal(0, telemetry.SymbolActionsCount);
    }

    // ------------------------------------------------------------------ exemptions (CG0009, CG0013, CG0005)

    [Fact]
    public async Task An_exemption_spelled_with_an_escape_is_still_checked()
    {
        var code = """
            public class Exports
            {
                [Consent\u0045xempt(Purposes.Analytics)] public void Count() { }
                [Consent\u0045xempt(Purposes.Analytics, Justification = "aggregates", Expires = "2020-01-31")] public void Old() { }
            }
            """;
        var compilation = Compile(code);
        Assert.Equal(new[] { "CG0009" }, Ids((await Run(compilation, new ExemptionJustificationAnalyzer())).Diagnostics));
        Assert.Equal(new[] { "CG0013" }, Ids((await Run(compilation, new ExemptionExpiryAnalyzer())).Diagnostics));
    }

    [Fact]
    public async Task An_unknown_purpose_in_an_escaped_attribute_name_is_found()
    {
        var code = """
            public interface ICorpus { [Consent\u0053ink("Traning")] void Add(string text); }
            """;
        Assert.Equal(new[] { "CG0005" }, Ids((await Run(Compile(code), new PurposeArgumentAnalyzer())).Diagnostics));
    }

    private static IEnumerable<DiagnosticAnalyzer> GatedAnalyzers() => new DiagnosticAnalyzer[]
    {
        new AccessorEligibilityAnalyzer(), new DiscardedCheckAnalyzer(), new ConsentSettingAnalyzer(), new PurposeArgumentAnalyzer(),
        new ExemptionExpiryAnalyzer(), new ExemptionJustificationAnalyzer(),
    };

    private static string[] Ids(ImmutableArray<Diagnostic> diagnostics) => diagnostics.Select(d => d.Id).OrderBy(id => id, System.StringComparer.Ordinal).ToArray();

    private const string Usings = "using ConsentGuard;\n";

    private static CSharpCompilation Compile(string code, params MetadataReference[] references)
    {
        var compilation = ConfigTestHost.Compile(Usings + code, references);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return compilation;
    }

    /// <summary>One analyzer on a fresh copy of the compilation (no model shared between runs), with its count of registered actions.</summary>
    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, AnalyzerTelemetryInfo Telemetry)> Run(Compilation compilation, DiagnosticAnalyzer analyzer, string? consentGuardTxt = null)
    {
        var files = consentGuardTxt is null ? new List<(string, string)>() : new List<(string, string)> { ("/project/ConsentGuard.txt", consentGuardTxt) };
        var options = new CompilationWithAnalyzersOptions(ConfigTestHost.Options(files), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees).WithAnalyzers(ImmutableArray.Create(analyzer), options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, System.Threading.CancellationToken.None);
        return (diagnostics.Where(d => d.Id.StartsWith("CG", System.StringComparison.Ordinal)).ToImmutableArray(), telemetry);
    }
}
