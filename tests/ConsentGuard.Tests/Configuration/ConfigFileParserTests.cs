using System;
using System.Linq;
using System.Text;
using ConsentGuard.Analyzers.Configuration;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Tests.Configuration;

/// <summary>The ConsentGuard.txt format (SPEC §7) without a compilation: verbs, comments, whitespace, and each syntax error with its line.</summary>
public sealed class ConfigFileParserTests
{
    private static ParsedConfigFile Parse(string text) => ConfigFileParser.Parse(SourceText.From(text));

    private static ConfigDeclaration Single(string line)
    {
        var parsed = Parse(line);
        Assert.Empty(parsed.Problems.Select(p => p.Message));
        return Assert.Single(parsed.Declarations);
    }

    private static ConfigProblem SingleProblem(string text)
    {
        var parsed = Parse(text);
        Assert.Empty(parsed.Declarations);
        return Assert.Single(parsed.Problems);
    }

    [Theory]
    [InlineData("sink GenerativeTraining M:Vendor.Llm.FineTuneClient.UploadExample(System.String)", "Sink", "GenerativeTraining", "Method")]
    [InlineData("source Contact P:Some.Vendor.User.Email", "Source", "Contact", "Property")]
    [InlineData("purpose GenerativeTraining P:Some.Vendor.User.Headline", "Purpose", "GenerativeTraining", "Property")]
    [InlineData("check GenerativeTraining M:Legacy.Consent.HasAiConsent(System.Int32)", "Check", "GenerativeTraining", "Method")]
    [InlineData("cleared GenerativeTraining M:Legacy.Export.LoadConsented", "Cleared", "GenerativeTraining", "Method")]
    [InlineData("anonymizer M:Privacy.Redactor.Redact(System.String)", "Anonymizer", null, "Method")]
    [InlineData("source Health T:Vendor.Records.Diagnosis", "Source", "Health", "Type")]
    [InlineData("sink Analytics F:Vendor.Metrics.LastEvent", "Sink", "Analytics", "Field")]
    public void Every_verb_of_the_spec_is_read(string line, string verb, string? argument, string kind)
    {
        var declaration = Single(line);
        Assert.Equal(verb, declaration.Verb.ToString());
        Assert.Equal(argument, declaration.Argument);
        Assert.Equal(kind, declaration.Id.Kind.ToString());
        Assert.Equal(1, declaration.Line.Number);
    }

    [Fact]
    public void Comments_and_blank_lines_are_ignored_and_line_numbers_count_them()
    {
        var parsed = Parse("""
            # header comment

               # indented comment
            sink Analytics M:Vendor.Metrics.Track(System.String) # trailing comment
            	
            anonymizer M:Vendor.Redactor.#ctor(System.String)
            """);
        Assert.Empty(parsed.Problems);
        Assert.Equal(new[] { 4, 6 }, parsed.Declarations.Select(d => d.Line.Number));
        // '#' inside an ID (#ctor) is part of it, not a comment
        Assert.Equal("M:Vendor.Redactor.#ctor(System.String)", parsed.Declarations[1].Id.Text);
    }

    [Fact]
    public void Tabs_extra_spaces_crlf_and_a_byte_order_mark_are_whitespace()
    {
        var parsed = Parse("\uFEFFsink\tAnalytics    M:Vendor.Metrics.Track(System.String)  \r\n  source   Contact\tP:Vendor.User.Email\r\n");
        Assert.Empty(parsed.Problems);
        Assert.Equal(2, parsed.Declarations.Length);
        Assert.Equal("P:Vendor.User.Email", parsed.Declarations[1].Id.Text);
        Assert.Equal(2, parsed.Declarations[1].Line.Number);
    }

    [Fact]
    public void Spaces_inside_a_parameter_list_are_dropped()
    {
        var declaration = Single("sink Analytics M:Vendor.Metrics.Track(System.String, System.Collections.Generic.IDictionary{System.String, System.Object})");
        Assert.Equal("M:Vendor.Metrics.Track(System.String,System.Collections.Generic.IDictionary{System.String,System.Object})", declaration.Id.Text);
    }

    [Theory]
    [InlineData("M:N.C.M", true)]
    [InlineData("M:N.C.M(...)", true)]
    [InlineData("P:N.C.Item", true)]
    [InlineData("M:N.C.M()", false)]
    [InlineData("M:N.C.M(System.Int32)", false)]
    [InlineData("M:N.C.M``1(``0)", false)]
    [InlineData("M:N.C.op_Implicit(N.C)~System.String", false)]
    [InlineData("F:N.C.F", false)]
    [InlineData("T:N.C`1", false)]
    public void A_method_without_a_parameter_list_or_with_dots_stands_for_every_overload(string id, bool allOverloads)
    {
        Assert.True(DocumentationId.TryParse(id, out var parsed, out var error), error);
        Assert.Equal(allOverloads, parsed!.AllOverloads);
    }

    [Fact]
    public void The_problem_points_at_the_whole_line_it_is_on()
    {
        var text = "# ok\nsink Analytics M:A.B(System.String)\n  bogus Analytics M:A.B\n";
        var problem = Assert.Single(Parse(text).Problems);
        Assert.Equal(3, problem.Line.Number);
        Assert.Equal("  bogus Analytics M:A.B", text.Substring(problem.Line.Span.Start, problem.Line.Span.Length));
        Assert.Equal(new LinePositionSpan(new LinePosition(2, 0), new LinePosition(2, 23)), problem.Line.Positions);
    }

    [Theory]
    [InlineData("sinks Analytics M:A.B", "unknown verb 'sinks'; expected sink, source, purpose, check, cleared, anonymizer or basis")]
    [InlineData("Sink Analytics M:A.B", "unknown verb 'Sink'; expected sink, source, purpose, check, cleared, anonymizer or basis")]
    [InlineData("sink M:A.B", "expected 'sink PURPOSE ID', found 2 fields")]
    [InlineData("sink Analytics M:A.B M:A.C", "expected 'sink PURPOSE ID', found 4 fields")]
    [InlineData("anonymizer Analytics M:A.B", "expected 'anonymizer ID', found 3 fields")]
    [InlineData("check", "expected 'check PURPOSE ID', found 1 fields")]
    [InlineData("source Email P:A.B", "unknown category 'Email'; expected one of Unspecified, Identifier, Contact, Demographic, Professional, UserContent, Behavioral, Location, Financial, Health, Biometric, Genetic, SpecialCategory")]
    [InlineData("source contact P:A.B", "unknown category 'contact'; expected one of Unspecified, Identifier, Contact, Demographic, Professional, UserContent, Behavioral, Location, Financial, Health, Biometric, Genetic, SpecialCategory")]
    [InlineData("sink Generative-Training M:A.B", "'Generative-Training' is not a purpose name (a C# identifier)")]
    [InlineData("sink class M:A.B", "'class' is not a purpose name (a C# identifier)")]
    [InlineData("sink Analytics A.B.C", "'A.B.C' is not a documentation-comment ID: expected M:, P:, F: or T: followed by a name")]
    [InlineData("sink Analytics X:A.B", "'X:A.B' is not a documentation-comment ID: expected M:, P:, F: or T: followed by a name")]
    [InlineData("sink Analytics N:A.B", "'N:A.B' is a namespace ID; ConsentGuard.txt declares methods (M:), properties (P:), fields (F:) and types (T:)")]
    [InlineData("sink Analytics E:A.B.Changed", "'E:A.B.Changed' is an event ID; ConsentGuard.txt declares methods (M:), properties (P:), fields (F:) and types (T:)")]
    [InlineData("sink Analytics M:A..B", "'M:A..B' is not a documentation-comment ID: 'A..B' is not a dotted name")]
    [InlineData("sink Analytics M:A.B(System.String", "'M:A.B(System.String' is not a documentation-comment ID: the parameter list is not closed")]
    [InlineData("sink Analytics M:A.B(System.String)x", "'M:A.B(System.String)x' is not a documentation-comment ID: unexpected 'x' after the parameter list")]
    [InlineData("sink Analytics M:A.B(System.String;)", "'M:A.B(System.String;)' is not a documentation-comment ID: '(System.String;)' is not a parameter list of type IDs")]
    [InlineData("sink Analytics F:A.B(System.String)", "'F:A.B(System.String)' is not a documentation-comment ID: a field has no parameter list")]
    [InlineData("sink Analytics T:A.B<T>", "'T:A.B<T>' is not a documentation-comment ID: 'A.B<T>' is not a dotted name")]
    [InlineData("check Analytics P:A.B", "'check' needs a method ID (M:), not 'P:A.B'")]
    [InlineData("cleared Analytics T:A.B", "'cleared' needs a method ID (M:), not 'T:A.B'")]
    [InlineData("anonymizer F:A.B", "'anonymizer' needs a method ID (M:), not 'F:A.B'")]
    public void Each_malformed_line_says_what_is_wrong(string line, string message)
    {
        var problem = SingleProblem("# first line\n" + line);
        Assert.Equal(2, problem.Line.Number);
        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void Garbage_never_throws_and_is_reported_line_by_line()
    {
        var random = new Random(42);
        var garbage = new StringBuilder();
        for (var i = 0; i < 2000; i++)
            garbage.Append((char)random.Next(0, 0xD7FF));
        var parsed = Parse(garbage.ToString());
        Assert.Empty(parsed.Declarations);
        Assert.NotEmpty(parsed.Problems);
        Assert.All(parsed.Problems, p => Assert.True(p.Message.Length < 400, "messages stay short: " + p.Message.Length));
    }

    [Fact]
    public void A_huge_line_is_one_short_problem()
    {
        var problem = SingleProblem("sink Analytics M:A." + new string('x', 1_000_000) + "(");
        Assert.Equal(1, problem.Line.Number);
        Assert.Contains("...", problem.Message);
        Assert.True(problem.Message.Length < 300);
    }

    [Fact]
    public void A_file_of_nonsense_stops_reporting_after_a_hundred_lines()
    {
        var parsed = Parse(string.Join("\n", Enumerable.Repeat("nonsense", 500)));
        Assert.Equal(ConfigFileParser.MaxProblemsPerFile + 1, parsed.Problems.Length);
        Assert.Equal("more than 100 invalid lines; the rest are not reported", parsed.Problems[^1].Message);
        Assert.Equal(101, parsed.Problems[^1].Line.Number);
    }

    [Fact]
    public void Parsing_is_cached_per_content_not_per_text_instance()
    {
        var cache = new ConfigFileCache(maxContents: 4);
        const string content = "sink Analytics M:Vendor.Metrics.Track(System.String)\n";
        var text = SourceText.From(content);
        var first = cache.Get(text);
        Assert.Same(first, cache.Get(text));
        Assert.Same(first, cache.Get(SourceText.From(content)));
        Assert.Equal(1, cache.ParseCount);

        cache.Get(SourceText.From(content + "# changed\n"));
        Assert.Equal(2, cache.ParseCount);
    }

    [Fact]
    public void The_content_cache_starts_over_when_full_instead_of_growing()
    {
        var cache = new ConfigFileCache(maxContents: 2);
        for (var i = 0; i < 10; i++)
            cache.Get(SourceText.From("# file " + i));
        var parses = cache.ParseCount;
        cache.Get(SourceText.From("# file 0"));
        Assert.Equal(10, parses);
        Assert.Equal(11, cache.ParseCount); // evicted long ago, parsed again: bounded, not leaking
    }

    [Fact]
    public void The_category_list_is_the_PersonalDataCategory_enum()
    {
        Assert.Equal(Enum.GetNames(typeof(PersonalDataCategory)), PersonalDataCategories.Names);
    }

    [Fact]
    public void The_built_in_catalog_is_well_formed()
    {
        Assert.NotEmpty(BuiltinCatalog.Text);
        Assert.Empty(BuiltinCatalog.Problems.Select(p => p.Line.Number + ": " + p.Message));
        Assert.NotEmpty(BuiltinCatalog.Entries);
    }
}
