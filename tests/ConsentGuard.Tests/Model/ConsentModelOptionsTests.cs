using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Analyzers.Model;
using ConsentGuard.Tests.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Tests.Model;

/// <summary>
/// The model is built once per compilation and options (review §2.7 "Options"): the analyzers of one build share it, and a
/// caller with other options (a code fix, the CLI, a host without configuration) no longer inherits the first caller's.
/// </summary>
public sealed class ConsentModelOptionsTests
{
    private static AnalyzerOptions WithGlobal(string key, string value) =>
        new(ImmutableArray<AdditionalText>.Empty, new ConfigTestHost.GlobalOptionsProvider(new Dictionary<string, string> { [key] = value }));

    [Fact]
    public void The_same_options_get_the_same_model()
    {
        var compilation = ConfigTestHost.Compile("class C { }");
        var options = ConfigTestHost.Options([]);
        Assert.Same(ConsentModel.For(compilation, options), ConsentModel.For(compilation, options));
        Assert.Same(ConsentModel.For(compilation), ConsentModel.For(compilation));
    }

    [Fact]
    public void Options_that_differ_are_each_read_whoever_asks_first()
    {
        var compilation = ConfigTestHost.Compile("class C { }");
        var off = WithGlobal(ConsentModel.InterproceduralOption, "false");

        Assert.True(ConsentModel.For(compilation).InterproceduralEnabled);
        Assert.False(ConsentModel.For(compilation, off).InterproceduralEnabled);
        Assert.True(ConsentModel.For(compilation, ConfigTestHost.Options([])).InterproceduralEnabled);

        var other = ConfigTestHost.Compile("class D { }");
        Assert.False(ConsentModel.For(other, off).InterproceduralEnabled);
        Assert.True(ConsentModel.For(other).InterproceduralEnabled);
    }

    [Fact]
    public void A_wrapper_around_the_same_configuration_and_files_shares_the_model()
    {
        var compilation = ConfigTestHost.Compile("class C { }");
        var options = ConfigTestHost.Options([("/project/ConsentGuard.txt", "")]);
        var wrapper = new AnalyzerOptions(options.AdditionalFiles, options.AnalyzerConfigOptionsProvider);
        Assert.Same(ConsentModel.For(compilation, options), ConsentModel.For(compilation, wrapper));
    }

    [Fact]
    public async Task The_analyzers_of_one_run_share_one_model()
    {
        var compilation = ConfigTestHost.Compile("class C { void M() { } }");
        var first = new ModelProbe();
        var second = new ModelProbe();
        await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(first, second), ConfigTestHost.Options([])).GetAnalyzerDiagnosticsAsync();
        Assert.NotNull(first.Seen);
        Assert.Same(first.Seen, second.Seen);
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ModelProbe : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Unused = new("PROBE", "probe", "probe", "probe", DiagnosticSeverity.Hidden, true);

        public ConsentModel? Seen { get; private set; }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Unused);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationAction(compilation => Seen = ConsentModel.For(compilation.Compilation, compilation.Options));
        }
    }
}
