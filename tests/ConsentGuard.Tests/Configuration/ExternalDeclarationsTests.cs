using System.Linq;
using ConsentGuard.Analyzers.Configuration;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using static ConsentGuard.Tests.Configuration.ConfigTestHost;

namespace ConsentGuard.Tests.Configuration;

/// <summary>Resolution of ConsentGuard.txt lines against a compilation, through the surface ConsentModel asks.</summary>
public sealed class ExternalDeclarationsTests
{
    private const string Vendor = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        namespace Vendor
        {
            public class Client
            {
                public void Upload(string text) { }
                public void Upload(string text, int priority) { }
                public void Upload() { }
                public string Note { get; set; } = "";
                public string Tag = "";
                public void Generic<T>(T value) { }
            }
            public class Box<T> { public void Put(T item) { } public T Value { get; set; } = default!; }
            public class User { public string Email { get; set; } = ""; public string Headline { get; set; } = ""; public string Bio() => ""; }
            public class Diagnosis { }
            public class Corpus { public void Add(string text) { } }
            public static class Consent
            {
                public static bool HasAiConsent(int userId) => false;
                public static Task<bool> HasAiConsentAsync(int userId) => Task.FromResult(false);
                public static int Score(int userId) => 0;
                public static void Require(int userId) { }
            }
            public static class Export { public static IEnumerable<string> LoadConsented() => new string[0]; public static IEnumerable<string> LoadConsented(int max) => new string[0]; }
            public static class Redactor { public static string Redact(this string text) => ""; }
        }
        """;

    private static readonly Compilation Compilation = Compile(Vendor);

    private static ExternalDeclarations Read(string text, bool? builtinCatalog = false) => Declarations(Compilation, text, builtinCatalog);

    [Fact]
    public void A_method_sink_answers_for_that_overload_only()
    {
        var declarations = Read("sink GenerativeTraining M:Vendor.Client.Upload(System.String)");
        Assert.Empty(declarations.Problems);
        Assert.Equal(new[] { "GenerativeTraining" }, declarations.SinkPurposesOf(Method(Compilation, "Vendor.Client", "Upload", 1)));
        Assert.Empty(declarations.SinkPurposesOf(Method(Compilation, "Vendor.Client", "Upload", 2)));
    }

    [Theory]
    [InlineData("M:Vendor.Client.Upload")]
    [InlineData("M:Vendor.Client.Upload(...)")]
    public void A_method_without_parameters_or_with_dots_covers_every_overload(string id)
    {
        var declarations = Read("sink Analytics " + id);
        Assert.Empty(declarations.Problems);
        foreach (var overload in Type(Compilation, "Vendor.Client").GetMembers("Upload").OfType<IMethodSymbol>())
            Assert.Equal(new[] { "Analytics" }, declarations.SinkPurposesOf(overload));
    }

    [Fact]
    public void Empty_parentheses_mean_the_parameterless_overload()
    {
        var declarations = Read("sink Analytics M:Vendor.Client.Upload()");
        Assert.Equal(new[] { "Analytics" }, declarations.SinkPurposesOf(Method(Compilation, "Vendor.Client", "Upload", 0)));
        Assert.Empty(declarations.SinkPurposesOf(Method(Compilation, "Vendor.Client", "Upload", 1)));
    }

    [Fact]
    public void Property_field_and_type_sinks_answer_for_their_symbols()
    {
        var declarations = Read("""
            sink Analytics P:Vendor.Client.Note
            sink Advertising F:Vendor.Client.Tag
            sink GenerativeTraining T:Vendor.Corpus
            """);
        Assert.Empty(declarations.Problems);
        Assert.Equal(new[] { "Analytics" }, declarations.SinkPurposesOf(Type(Compilation, "Vendor.Client").GetMembers("Note").Single()));
        Assert.Equal(new[] { "Advertising" }, declarations.SinkPurposesOf(Type(Compilation, "Vendor.Client").GetMembers("Tag").Single()));
        Assert.Equal(new[] { "GenerativeTraining" }, declarations.SinkPurposesOf(Type(Compilation, "Vendor.Corpus")));
    }

    [Fact]
    public void Several_lines_for_one_symbol_accumulate_purposes()
    {
        var declarations = Read("""
            sink Analytics M:Vendor.Corpus.Add(System.String)
            sink GenerativeTraining M:Vendor.Corpus.Add(System.String)
            sink Analytics M:Vendor.Corpus.Add(System.String)
            purpose GenerativeTraining P:Vendor.User.Headline
            purpose Personalization P:Vendor.User.Headline
            """);
        Assert.Equal(new[] { "Analytics", "GenerativeTraining" }, declarations.SinkPurposesOf(Method(Compilation, "Vendor.Corpus", "Add")));
        Assert.Equal(new[] { "GenerativeTraining", "Personalization" }, declarations.DeclaredPurposesOf(Type(Compilation, "Vendor.User").GetMembers("Headline").Single()));
    }

    [Fact]
    public void Sources_answer_with_their_category_for_members_method_results_and_whole_types()
    {
        var declarations = Read("""
            source Contact P:Vendor.User.Email
            source Professional M:Vendor.User.Bio
            source Health T:Vendor.Diagnosis
            """);
        Assert.Empty(declarations.Problems);
        var user = Type(Compilation, "Vendor.User");
        Assert.Equal("Contact", declarations.SourceCategoryOf(user.GetMembers("Email").Single()));
        Assert.Equal("Professional", declarations.SourceCategoryOf(user.GetMembers("Bio").Single()));
        Assert.Equal("Health", declarations.SourceCategoryOf(Type(Compilation, "Vendor.Diagnosis")));
        Assert.Null(declarations.SourceCategoryOf(user.GetMembers("Headline").Single()));
        Assert.Null(declarations.SourceCategoryOf(user));
    }

    [Fact]
    public void Checks_cleared_members_and_anonymizers_answer_for_their_methods()
    {
        var declarations = Read("""
            check GenerativeTraining M:Vendor.Consent.HasAiConsent(System.Int32)
            check Personalization M:Vendor.Consent.HasAiConsentAsync(System.Int32)
            check Analytics M:Vendor.Consent.Require(System.Int32)
            cleared GenerativeTraining M:Vendor.Export.LoadConsented
            anonymizer M:Vendor.Redactor.Redact(System.String)
            """);
        Assert.Empty(declarations.Problems);
        Assert.Equal("GenerativeTraining", declarations.CheckPurposeOf(Method(Compilation, "Vendor.Consent", "HasAiConsent")));
        Assert.Equal("Personalization", declarations.CheckPurposeOf(Method(Compilation, "Vendor.Consent", "HasAiConsentAsync")));
        Assert.Equal("Analytics", declarations.CheckPurposeOf(Method(Compilation, "Vendor.Consent", "Require")));
        Assert.Null(declarations.CheckPurposeOf(Method(Compilation, "Vendor.Consent", "Score")));
        Assert.Equal(new[] { "GenerativeTraining" }, declarations.ClearedPurposesOf(Method(Compilation, "Vendor.Export", "LoadConsented", 0)));
        Assert.Equal(new[] { "GenerativeTraining" }, declarations.ClearedPurposesOf(Method(Compilation, "Vendor.Export", "LoadConsented", 1)));
        Assert.True(declarations.IsAnonymizer(Method(Compilation, "Vendor.Redactor", "Redact")));
        Assert.False(declarations.IsAnonymizer(Method(Compilation, "Vendor.Consent", "Score")));
    }

    [Fact]
    public void Generic_instantiations_and_reduced_extension_methods_match_their_definition()
    {
        var declarations = Read("""
            sink Analytics M:Vendor.Box`1.Put(`0)
            sink Analytics P:Vendor.Box`1.Value
            sink Advertising M:Vendor.Client.Generic``1(``0)
            anonymizer M:Vendor.Redactor.Redact(System.String)
            """);
        Assert.Empty(declarations.Problems);
        var boxOfInt = Type(Compilation, "Vendor.Box`1").Construct(Compilation.GetSpecialType(SpecialType.System_Int32));
        Assert.Equal(new[] { "Analytics" }, declarations.SinkPurposesOf(boxOfInt.GetMembers("Put").Single()));
        Assert.Equal(new[] { "Analytics" }, declarations.SinkPurposesOf(boxOfInt.GetMembers("Value").Single()));
        var genericOfString = Method(Compilation, "Vendor.Client", "Generic").Construct(Compilation.GetSpecialType(SpecialType.System_String));
        Assert.Equal(new[] { "Advertising" }, declarations.SinkPurposesOf(genericOfString));
        var reduced = Method(Compilation, "Vendor.Redactor", "Redact").ReduceExtensionMethod(Compilation.GetSpecialType(SpecialType.System_String));
        Assert.NotNull(reduced);
        Assert.True(declarations.IsAnonymizer(reduced!));
    }

    [Fact]
    public void Several_files_are_merged_and_other_additional_files_are_ignored()
    {
        var options = Options(new[]
        {
            ("/project/ConsentGuard.txt", "sink Analytics M:Vendor.Corpus.Add(System.String)"),
            ("/project/sub/consentguard.TXT", "sink GenerativeTraining M:Vendor.Corpus.Add(System.String)"),
            ("/project/Other.txt", "sink Advertising M:Vendor.Corpus.Add(System.String)"),
            ("/project/ConsentGuard.txt.bak", "sink Advertising M:Vendor.Corpus.Add(System.String)"),
        }, builtinCatalog: false);
        var declarations = ExternalDeclarations.Create(Compilation, options, ConsentModel.BuiltInPurposes.Contains);
        Assert.Equal(new[] { "Analytics", "GenerativeTraining" }, declarations.SinkPurposesOf(Method(Compilation, "Vendor.Corpus", "Add")));
    }

    [Fact]
    public void Unknown_purposes_and_ids_that_match_nothing_are_problems_on_their_lines()
    {
        var declarations = Read("""
            # line 1
            sink FraudDetection M:Vendor.Corpus.Add(System.String)
            sink Analytics M:Vendor.Corpus.Remove(System.String)
            sink Analytics M:Vendor.Client.Upload(System.Int32)
            source Contact P:Vendor.Nobody.Email
            sink Analytics M:Vendor.Corpus.Add(System.String)
            bogus line
            """);
        Assert.Equal(
            new[]
            {
                (2, "unknown purpose 'FraudDetection'; use a ConsentGuard.Purposes name or declare it with [assembly: DefinePurpose(\"FraudDetection\")]"),
                (3, "'M:Vendor.Corpus.Remove(System.String)' matches no symbol in this compilation or its references"),
                (4, "'M:Vendor.Client.Upload(System.Int32)' matches no symbol in this compilation or its references; it has: M:Vendor.Client.Upload(System.String), M:Vendor.Client.Upload(System.String,System.Int32), M:Vendor.Client.Upload"),
                (5, "'P:Vendor.Nobody.Email' matches no symbol in this compilation or its references"),
                (7, "unknown verb 'bogus'; expected sink, source, purpose, check, cleared, anonymizer or basis"),
            },
            declarations.Problems.Select(p => (p.LineNumber, p.Message)));
        Assert.All(declarations.Problems, p => Assert.Equal("/project/ConsentGuard.txt", p.Path));
        // the valid line still applies
        Assert.Equal(new[] { "Analytics" }, declarations.SinkPurposesOf(Method(Compilation, "Vendor.Corpus", "Add")));
    }

    [Fact]
    public void A_custom_purpose_is_known_when_the_model_says_so()
    {
        var declarations = ExternalDeclarations.Create(
            Compilation,
            Options(new[] { ("/p/ConsentGuard.txt", "sink FraudDetection M:Vendor.Corpus.Add(System.String)") }, builtinCatalog: false),
            purpose => purpose == "FraudDetection");
        Assert.Empty(declarations.Problems);
        Assert.Equal(new[] { "FraudDetection" }, declarations.SinkPurposesOf(Method(Compilation, "Vendor.Corpus", "Add")));
    }

    [Fact]
    public void A_check_that_returns_neither_bool_nor_a_task_of_bool_nor_void_is_a_problem()
    {
        var declarations = Read("check GenerativeTraining M:Vendor.Consent.Score(System.Int32)");
        var problem = Assert.Single(declarations.Problems);
        Assert.Equal("'M:Vendor.Consent.Score(System.Int32)' cannot be a consent check: a check returns bool, Task<bool> or ValueTask<bool>, or is void and throws", problem.Message);
        Assert.Null(declarations.CheckPurposeOf(Method(Compilation, "Vendor.Consent", "Score")));
    }

    [Fact]
    public void The_problem_location_is_the_line_in_the_additional_file()
    {
        var declarations = Read("# one\n\n  sink Analytics M:Vendor.Nothing.Here  \n");
        var problem = Assert.Single(declarations.Problems);
        var span = problem.Location.GetLineSpan();
        Assert.Equal("/project/ConsentGuard.txt", span.Path);
        Assert.Equal((2, 0, 2, 40), (span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character));
        var diagnostic = problem.ToDiagnostic();
        Assert.Equal("CG0010", diagnostic.Id);
        Assert.StartsWith("ConsentGuard.txt line 3: 'M:Vendor.Nothing.Here' matches no symbol", diagnostic.GetMessage());
    }

    [Fact]
    public void The_built_in_catalog_is_silent_when_its_packages_are_not_referenced()
    {
        var declarations = Read("sink Analytics M:Vendor.Corpus.Add(System.String)", builtinCatalog: null);
        Assert.Empty(declarations.Problems);
        Assert.DoesNotContain(declarations.Declarations, d => d.IsBuiltin);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void The_built_in_catalog_is_on_unless_the_global_config_turns_it_off(bool? setting, bool applies)
    {
        // A stand-in for the OpenAI SDK, declared in source: the catalog resolves against whatever is compiled.
        var compilation = Compile("""
            namespace OpenAI.FineTuning
            {
                public class FineTuningOptions { public string ValidationFile { get; set; } = ""; }
            }
            """);
        var declarations = Declarations(compilation, "", builtinCatalog: setting);
        var property = Type(compilation, "OpenAI.FineTuning.FineTuningOptions").GetMembers("ValidationFile").Single();
        Assert.Equal(applies ? new[] { "GenerativeTraining" } : new string[0], declarations.SinkPurposesOf(property));
        Assert.Empty(declarations.Problems);
    }

    [Fact]
    public void Ids_full_of_garbage_match_nothing_and_never_throw()
    {
        var lines = new[]
        {
            "sink Analytics M:" + new string('{', 500),
            "sink Analytics M:A.B(" + new string('{', 500) + ")",
            "sink Analytics T:" + string.Concat(Enumerable.Repeat("A.", 5000)) + "Z",
            "sink Analytics M:\u0000.\u0001",
            "sink Analytics M:A.B(System.String[,,,,,,,,,,,,,])",
            "sink Analytics M:A.B``99999999999(``0)",
            "sink Analytics P:A.Item(System.Int32*@^)",
        };
        var declarations = Read(string.Join("\n", lines));
        Assert.Equal(Enumerable.Range(1, lines.Length), declarations.Problems.Select(p => p.LineNumber));
    }

    [Fact]
    public void It_is_empty_only_when_nothing_resolved()
    {
        Assert.True(Read("", builtinCatalog: null).IsEmpty); // the catalog's packages are not referenced
        Assert.True(Read("sink Analytics M:Vendor.Nothing.Here").IsEmpty);
        Assert.False(Read("sink Analytics M:Vendor.Corpus.Add(System.String)").IsEmpty);
        Assert.True(ExternalDeclarations.Empty.IsEmpty);
    }
}
