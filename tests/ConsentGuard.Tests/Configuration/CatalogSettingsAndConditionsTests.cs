using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Analyzers.Configuration;
using ConsentGuard.Analyzers.Model;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using static ConsentGuard.Tests.Configuration.ConfigTestHost;

namespace ConsentGuard.Tests.Configuration;

/// <summary>
/// The parts of issue 20 that need no real package: <c>sink … when …</c> lines (parsed, resolved, decided per call),
/// the catalog options of the .globalconfig, and a project's sink line overriding the catalog's.
/// </summary>
public sealed class CatalogSettingsAndConditionsTests
{
    // ------------------------------------------------------------------ when PARAMETER=VALUE

    [Theory]
    [InlineData("sink GenerativeTraining M:Vendor.Files.Upload(System.String,System.String) when purpose=FineTune|fine-tune", "purpose", null, "FineTune,fine-tune")]
    [InlineData("sink GenerativeTraining M:Vendor.Files.Upload when options.Purpose=fine-tune", "options", "Purpose", "fine-tune")]
    public void A_sink_line_may_end_in_a_condition(string line, string parameter, string? member, string values)
    {
        var parsed = ConfigFileParser.Parse(SourceText.From(line));
        Assert.Empty(parsed.Problems.Select(p => p.Message));
        var condition = Assert.Single(parsed.Declarations).Condition;
        Assert.NotNull(condition);
        Assert.Equal((parameter, member, values), (condition.ParameterName, condition.MemberName, string.Join(",", condition.Values)));
    }

    [Theory]
    [InlineData("sink GenerativeTraining M:Vendor.Files.Upload when", "expected 'sink PURPOSE ID when PARAMETER=VALUE', found 4 fields")]
    [InlineData("sink GenerativeTraining M:Vendor.Files.Upload when purpose", "expected 'when PARAMETER=VALUE' (values separated by |), found 'purpose'")]
    [InlineData("sink GenerativeTraining M:Vendor.Files.Upload when purpose=a||b", "an empty value in 'purpose=a||b'")]
    [InlineData("sink GenerativeTraining M:Vendor.Files.Upload when 1x=a", "'1x' is not a parameter name (or PARAMETER.MEMBER)")]
    [InlineData("sink GenerativeTraining P:Vendor.Files.Name when value=a", "'when' needs a method ID (M:): only a call has arguments")]
    [InlineData("source Contact P:Vendor.User.Email when value=a", "expected 'source CATEGORY ID', found 5 fields")]
    [InlineData("sink * M:Vendor.Files.Upload", "'*' is not a purpose name (a C# identifier)")]
    public void A_malformed_condition_says_what_is_wrong(string line, string message)
    {
        var parsed = ConfigFileParser.Parse(SourceText.From(line));
        Assert.Empty(parsed.Declarations);
        Assert.Equal(message, Assert.Single(parsed.Problems).Message);
    }

    private const string Vendor = """
        namespace Vendor
        {
            public enum Kind { Training, Search }
            public readonly struct Purpose
            {
                public Purpose(string value) { Value = value; }
                public string Value { get; }
                public static Purpose FineTune => new Purpose("fine-tune");
                public static Purpose Assistants => new Purpose("assistants");
                public static implicit operator Purpose(string value) => new Purpose(value);
            }
            public class Options { public Options() { } public Options(Options other) { } public string? Purpose { get; set; } }
            public class Files
            {
                public void Upload(string data, Purpose purpose) { }
                public void UploadKind(string data, Kind kind) { }
                public void UploadWith(string data, Options? options = null) { }
            }
        }
        public class Caller
        {
            public const string Tune = "fine-tune";
            public void Calls(Vendor.Files files, Vendor.Purpose computed, string text, Vendor.Options options)
            {
                files.Upload("a", Vendor.Purpose.FineTune);
                files.Upload("b", Vendor.Purpose.Assistants);
                files.Upload("c", "fine-tune");
                files.Upload("d", "assistants");
                files.Upload("e", new Vendor.Purpose("fine-tune"));
                files.Upload("f", Tune);
                files.Upload("g", computed);
                var local = Vendor.Purpose.FineTune;
                files.Upload("h", local);
                var reassigned = Vendor.Purpose.FineTune;
                reassigned = computed;
                files.Upload("i", reassigned);
                files.UploadKind("j", Vendor.Kind.Training);
                files.UploadKind("k", Vendor.Kind.Search);
                files.UploadWith("l", new Vendor.Options { Purpose = "fine-tune" });
                files.UploadWith("m", new Vendor.Options { Purpose = "assistants" });
                files.UploadWith("n", new Vendor.Options());
                files.UploadWith("o");
                files.UploadWith("p", null);
                files.UploadWith("q", options);
                files.UploadWith("r", new Vendor.Options { Purpose = text });
                files.UploadWith("s", new Vendor.Options(options));
                var configured = new Vendor.Options { Purpose = "fine-tune" };
                files.UploadWith("t", configured);
            }
        }
        """;

    [Fact]
    public void Each_call_is_decided_by_its_own_argument()
    {
        var compilation = Compile(Vendor);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var declarations = Declarations(compilation, """
            sink GenerativeTraining M:Vendor.Files.Upload when purpose=FineTune|fine-tune
            sink GenerativeTraining M:Vendor.Files.UploadKind when kind=Training
            sink GenerativeTraining M:Vendor.Files.UploadWith when options.Purpose=fine-tune
            """);
        Assert.Empty(declarations.Problems);

        var tree = compilation.SyntaxTrees.Single();
        var model = compilation.GetSemanticModel(tree);
        var verdicts = new Dictionary<string, ConditionResult>();
        foreach (var invocation in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>())
        {
            var operation = (Microsoft.CodeAnalysis.Operations.IInvocationOperation)model.GetOperation(invocation)!;
            var sink = Assert.Single(declarations.ConditionalSinksOf(operation.TargetMethod));
            Assert.Equal("GenerativeTraining", sink.Purpose);
            var label = (string)operation.Arguments[0].Value.ConstantValue.Value!;
            verdicts[label] = sink.Condition.Evaluate(operation.Arguments);
        }

        var expected = new Dictionary<string, ConditionResult>
        {
            ["a"] = ConditionResult.Met,
            ["b"] = ConditionResult.NotMet,
            ["c"] = ConditionResult.Met,
            ["d"] = ConditionResult.NotMet,
            ["e"] = ConditionResult.Met,
            ["f"] = ConditionResult.Met,
            ["g"] = ConditionResult.Unknown,
            ["h"] = ConditionResult.Met,
            ["i"] = ConditionResult.Unknown,
            ["j"] = ConditionResult.Met,
            ["k"] = ConditionResult.NotMet,
            ["l"] = ConditionResult.Met,
            ["m"] = ConditionResult.NotMet,
            ["n"] = ConditionResult.NotMet,
            ["o"] = ConditionResult.NotMet,
            ["p"] = ConditionResult.NotMet,
            ["q"] = ConditionResult.Unknown,
            ["r"] = ConditionResult.Unknown,
            ["s"] = ConditionResult.Unknown,
            ["t"] = ConditionResult.Met,
        };
        Assert.Equal(expected.OrderBy(p => p.Key), verdicts.OrderBy(p => p.Key));
    }

    [Fact]
    public void A_condition_on_a_parameter_the_method_does_not_have_is_CG0010()
    {
        var declarations = Declarations(Compile(Vendor), "sink GenerativeTraining M:Vendor.Files.Upload when kind=Training");
        Assert.Equal("'M:Vendor.Files.Upload' has no parameter named 'kind'", Assert.Single(declarations.Problems).Message);
    }

    [Fact]
    public Task The_flow_analysis_reports_only_the_calls_that_meet_the_condition() =>
        ConsentGuardTest.VerifyAsync(Prelude.With("""
            namespace Vendor
            {
                public readonly struct Purpose
                {
                    public Purpose(string value) { Value = value; }
                    public string Value { get; }
                    public static Purpose FineTune => new Purpose("fine-tune");
                    public static Purpose Assistants => new Purpose("assistants");
                }
                public class Files { public void Upload(string data, Purpose purpose) { } }
            }
            public class Uploads(IConsentProvider consent, Vendor.Files files)
            {
                public void Tune(Member p) => files.Upload({|CG0001:p.Headline|}, Vendor.Purpose.FineTune);
                public void Search(Member p) => files.Upload(p.Headline, Vendor.Purpose.Assistants);
                public void Computed(Member p, Vendor.Purpose purpose) => files.Upload({|CG0001:p.Headline|}, {|CG0008:purpose|});
                public void Consented(Member p)
                {
                    if (consent.IsGranted(p.Id, Purposes.GenerativeTraining))
                        files.Upload(p.Headline, Vendor.Purpose.FineTune);
                }
            }
            """), consentGuardTxt: "sink GenerativeTraining M:Vendor.Files.Upload when purpose=FineTune");

    // ------------------------------------------------------------------ consentguard.catalog.<group>

    private static CatalogSettings Settings(params (string Key, string Value)[] options) =>
        CatalogSettings.Read(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new GlobalOptionsProvider(options.ToDictionary(o => o.Key, o => o.Value))),
            purpose => ConsentModel.BuiltInPurposes.Contains(purpose) || purpose == "CareerCoaching");

    [Fact]
    public void By_default_training_and_retrieval_are_on_and_inference_is_off()
    {
        var settings = Settings();
        Assert.Same(CatalogSettings.Default, settings);
        Assert.True(settings.IsOn(CatalogGroup.Training));
        Assert.Equal("Personalization", settings.PurposeOf(CatalogGroup.Retrieval));
        Assert.Null(settings.PurposeOf(CatalogGroup.Inference));
    }

    [Theory]
    [InlineData("consentguard.catalog.training", "false", "-", "Personalization", "-")]
    [InlineData("consentguard.catalog.retrieval", "false", "training", "-", "-")]
    [InlineData("consentguard.catalog.retrieval", "Analytics", "training", "Analytics", "-")]
    [InlineData("consentguard.catalog.inference", "Personalization", "training", "Personalization", "Personalization")]
    [InlineData("consentguard.catalog.inference", " CareerCoaching ", "training", "Personalization", "CareerCoaching")]
    [InlineData("consentguard.catalog.inference", "FALSE", "training", "Personalization", "-")]
    [InlineData("consentguard.builtin_catalog", "false", "-", "-", "-")]
    public void One_option_sets_one_group(string key, string value, string training, string retrieval, string inference)
    {
        var settings = Settings((key, value));
        Assert.Empty(settings.Problems);
        Assert.Equal((training, retrieval, inference),
            (settings.PurposeOf(CatalogGroup.Training) ?? "-", settings.PurposeOf(CatalogGroup.Retrieval) ?? "-", settings.PurposeOf(CatalogGroup.Inference) ?? "-"));
    }

    [Theory]
    [InlineData("consentguard.catalog.inference", "Coaching", "Personalization", "-")]
    [InlineData("consentguard.catalog.inference", "true", "Personalization", "-")]
    [InlineData("consentguard.catalog.retrieval", "Marketing", "Personalization", "-")]
    public void An_unknown_purpose_is_a_problem_and_leaves_the_group_at_its_default(string key, string value, string retrieval, string inference)
    {
        var settings = Settings((key, value));
        var problem = Assert.Single(settings.Problems);
        Assert.Equal((key, value), (problem.Option, problem.Value));
        Assert.Equal((retrieval, inference), (settings.PurposeOf(CatalogGroup.Retrieval) ?? "-", settings.PurposeOf(CatalogGroup.Inference) ?? "-"));
    }

    [Fact]
    public void The_declarations_in_force_follow_the_settings()
    {
        var all = BuiltinCatalog.Entries;
        Assert.Equal(all.Count(e => e.Group != CatalogGroup.Inference), BuiltinCatalog.DeclarationsFor(CatalogSettings.Default).Declarations.Length);
        var inference = BuiltinCatalog.DeclarationsFor(Settings(("consentguard.catalog.inference", "CareerCoaching"), ("consentguard.catalog.training", "false")));
        Assert.Equal(all.Count(e => e.Group != CatalogGroup.Training), inference.Declarations.Length);
        Assert.Contains(inference.Declarations, d => d.Argument == "CareerCoaching" && d.Id.Text.Contains("IChatClient.GetResponseAsync", System.StringComparison.Ordinal));
        Assert.DoesNotContain(inference.Declarations, d => d.Argument is "GenerativeTraining" or "ModelTraining");
    }

    // ------------------------------------------------------------------ a project's sink line overrides the catalog's

    [Fact]
    public void A_project_sink_line_replaces_the_catalogs_for_that_member()
    {
        var compilation = RealPackages.Compile();
        var chat = DeclarationIdResolver.Resolve(compilation, DocumentationIdOf("M:Microsoft.Extensions.AI.IChatClient.GetResponseAsync(System.Collections.Generic.IEnumerable{Microsoft.Extensions.AI.ChatMessage},Microsoft.Extensions.AI.ChatOptions,System.Threading.CancellationToken)")).Single();
        var upsert = DeclarationIdResolver.Resolve(compilation, DocumentationIdOf("M:Microsoft.Extensions.VectorData.VectorStoreCollection`2.UpsertAsync(`1,System.Threading.CancellationToken)")).Single();
        var options = new AnalyzerOptions(
            ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/p/ConsentGuard.txt", "sink Analytics M:Microsoft.Extensions.VectorData.VectorStoreCollection`2.UpsertAsync(`1,System.Threading.CancellationToken)\n")),
            new GlobalOptionsProvider(new Dictionary<string, string> { ["consentguard.catalog.inference"] = "Personalization" }));
        var declarations = ExternalDeclarations.Create(compilation, options, ConsentModel.BuiltInPurposes.Contains);
        Assert.Empty(declarations.Problems);
        Assert.Equal(new[] { "Analytics" }, declarations.SinkPurposesOf(upsert));      // overridden
        Assert.Equal(new[] { "Personalization" }, declarations.SinkPurposesOf(chat));  // the catalog's, inference turned on
    }

    private static DocumentationId DocumentationIdOf(string text)
    {
        Assert.True(DocumentationId.TryParse(text, out var id, out var error), error);
        return id!;
    }
}
