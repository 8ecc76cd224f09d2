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

namespace ConsentGuard.Tests.Analyzers;

/// <summary>
/// The flow analyzer's compilation-level exit (issue #16): where nothing can be personal or nothing a sink, it registers no
/// per-body work (read from the analyzer's own counters, not from timing); wherever either side is declared in a way the
/// source text does not show (a reference, ConsentGuard.txt, the catalog, an escaped name), the findings are still reported.
/// </summary>
public sealed class FlowScopeTests
{
    private const string Sink = """
        public interface ICorpus { [ConsentSink(Purposes.GenerativeTraining)] void Add(string text); }
        """;

    private const string Personal = """
        public class Member { public string Id { get; set; } = ""; [PersonalData] public string Email { get; set; } = ""; }
        """;

    private const string Export = """
        public class Exporter
        {
            public void Export(Member m, ICorpus corpus) => corpus.Add(m.Email);
        }
        """;

    private const string Plain = """
        public class Pricing
        {
            public decimal Total(decimal[] prices) { var sum = 0m; foreach (var p in prices) sum += p; return sum; }
        }
        """;

    [Fact]
    public async Task Code_with_neither_personal_data_nor_sinks_gets_no_per_body_work()
    {
        var (diagnostics, analyzer) = await Run(Compile(Plain));
        Assert.Empty(diagnostics);
        Assert.Equal(1, analyzer.Work.CompilationsSkipped);
        Assert.Equal(0, analyzer.Work.BodiesSeen);
    }

    [Fact]
    public async Task Sinks_without_anything_personal_get_no_per_body_work()
    {
        var (diagnostics, analyzer) = await Run(Compile(Sink + Plain + "public class Feeder { public void Feed(ICorpus c, string s) => c.Add(s); }"));
        Assert.Empty(diagnostics);
        Assert.Equal(1, analyzer.Work.CompilationsSkipped);
    }

    [Fact]
    public async Task Personal_data_without_any_sink_gets_no_per_body_work()
    {
        var (diagnostics, analyzer) = await Run(Compile(Personal + Plain + "public class Show { public string Of(Member m) => m.Email; }"));
        Assert.Empty(diagnostics);
        Assert.Equal(1, analyzer.Work.CompilationsSkipped);
    }

    [Fact]
    public async Task Both_in_source_are_analyzed()
    {
        var (diagnostics, analyzer) = await Run(Compile(Sink + Personal + Export));
        Assert.Equal(new[] { "CG0002" }, Ids(diagnostics));
        Assert.Equal(0, analyzer.Work.CompilationsSkipped);
        Assert.True(analyzer.Work.BodiesAnalyzed > 0);
    }

    [Fact]
    public async Task Personal_data_declared_only_in_a_referenced_assembly_is_seen()
    {
        var library = Library("Members", Personal);
        var (diagnostics, analyzer) = await Run(Compile(Sink + Export, library));
        Assert.Equal(new[] { "CG0002" }, Ids(diagnostics));
        Assert.Equal(0, analyzer.Work.CompilationsSkipped);
    }

    [Fact]
    public async Task A_sink_declared_only_in_a_referenced_assembly_is_seen()
    {
        var library = Library("Corpus", Sink);
        var (diagnostics, _) = await Run(Compile(Personal + Export, library));
        Assert.Equal(new[] { "CG0002" }, Ids(diagnostics));
    }

    [Fact]
    public async Task A_source_declared_only_in_ConsentGuard_txt_is_seen()
    {
        var vendor = Library("Vendor", "namespace Vendor { public class Customer { public string Email { get; set; } = \"\"; } }", referenceConsentGuard: false);
        var code = Sink + "public class Exporter { public void Export(Vendor.Customer c, ICorpus corpus) => corpus.Add(c.Email); }";
        var (diagnostics, analyzer) = await Run(Compile(code, vendor), "source Contact P:Vendor.Customer.Email");
        Assert.Equal(new[] { "CG0002" }, Ids(diagnostics));
        Assert.Equal(0, analyzer.Work.CompilationsSkipped);
    }

    [Fact]
    public async Task A_sink_declared_only_in_ConsentGuard_txt_is_seen()
    {
        var vendor = Library("Vendor", "namespace Vendor { public class Uploader { public void Upload(string text) { } } }", referenceConsentGuard: false);
        var code = Personal + "public class Exporter { public void Export(Member m, Vendor.Uploader u) => u.Upload(m.Email); }";
        var (diagnostics, analyzer) = await Run(Compile(code, vendor), "sink GenerativeTraining M:Vendor.Uploader.Upload(System.String)");
        Assert.Equal(new[] { "CG0002" }, Ids(diagnostics));
        Assert.Equal(0, analyzer.Work.CompilationsSkipped);
    }

    [Fact]
    public async Task A_sink_of_the_builtin_catalog_is_seen()
    {
        // OpenAI's fine-tuning job is a GenerativeTraining sink in the catalog only; nothing in the source says "ConsentSink".
        var code = Personal + """
            public class Trainer
            {
                public void Train(Member m, OpenAI.FineTuning.FineTuningClient client) => client.FineTune("gpt-4o-mini", m.Email, false);
            }
            """;
        var compilation = CSharpCompilation.Create("CatalogOnly", new[] { CSharpSyntaxTree.ParseText(Usings + code, new CSharpParseOptions(LanguageVersion.Latest)) },
            RealPackages.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var (diagnostics, analyzer) = await Run(compilation);
        Assert.NotEmpty(diagnostics.Where(d => d.Id is "CG0001" or "CG0002"));
        Assert.Equal(0, analyzer.Work.CompilationsSkipped);
    }

    [Fact]
    public async Task An_attribute_name_spelled_with_unicode_escapes_is_seen()
    {
        var code = Sink + "public class Member { [Personal\\u0044ata] public string Email { get; set; } = \"\"; }\n" + Export;
        var (diagnostics, analyzer) = await Run(Compile(code));
        Assert.Equal(new[] { "CG0002" }, Ids(diagnostics));
        Assert.Equal(0, analyzer.Work.CompilationsSkipped);
    }

    [Fact]
    public async Task A_cleared_value_counts_as_personal_data()
    {
        // No [PersonalData] anywhere: the value of a [ConsentCleared] method is still judged at the sink.
        var code = Sink + """
            public class Source
            {
                [return: ConsentCleared(Purposes.Personalization)] public static string Profile() => "";
            }
            public class Exporter
            {
                public void Export(ICorpus corpus) => corpus.Add(Source.Profile());
            }
            """;
        var (diagnostics, analyzer) = await Run(Compile(code));
        Assert.Equal(0, analyzer.Work.CompilationsSkipped);
        Assert.NotEmpty(diagnostics);
    }

    private static string[] Ids(ImmutableArray<Diagnostic> diagnostics) => diagnostics.Select(d => d.Id).OrderBy(id => id).ToArray();

    private static CSharpCompilation Compile(string code, params MetadataReference[] references) => ConfigTestHost.Compile(Usings + code, references);

    private const string Usings = "#pragma warning disable OPENAI001\nusing ConsentGuard;\n";

    private static MetadataReference Library(string name, string code, bool referenceConsentGuard = true)
    {
        var references = referenceConsentGuard ? ConsentGuardComponents.Net80References.Add(ConsentGuardComponents.RuntimeReference) : ConsentGuardComponents.Net80References;
        var library = CSharpCompilation.Create(name, new[] { CSharpSyntaxTree.ParseText((referenceConsentGuard ? Usings : "") + code, new CSharpParseOptions(LanguageVersion.Latest)) }, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(library.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        using var image = new System.IO.MemoryStream();
        Assert.True(library.Emit(image).Success);
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, ConsentFlowAnalyzer Analyzer)> Run(Compilation compilation, string? consentGuardTxt = null)
    {
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var analyzer = new ConsentFlowAnalyzer();
        var files = consentGuardTxt is null ? new List<(string, string)>() : new List<(string, string)> { ("/project/ConsentGuard.txt", consentGuardTxt) };
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), ConfigTestHost.Options(files)).GetAnalyzerDiagnosticsAsync();
        return (diagnostics.Where(d => d.Id.StartsWith("CG", System.StringComparison.Ordinal)).ToImmutableArray(), analyzer);
    }
}
