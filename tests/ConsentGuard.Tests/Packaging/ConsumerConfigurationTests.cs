using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace ConsentGuard.Tests.Packaging;

/// <summary>
/// The package as CI meets it, in one fresh consumer of the packed package that targets <c>net8.0</c> and
/// <c>net10.0</c> with <c>LangVersion</c> 10: severities from <c>.editorconfig</c>, <c>WarningsAsErrors</c>, and the
/// SARIF log of <c>-p:ErrorLog</c>. One restore, then builds of one target framework each with <c>--no-restore</c>,
/// so the whole story costs a few builds of a one-file project.
/// </summary>
[Collection(PackedSolutionCollection.Name)]
public sealed class ConsumerConfigurationTests(PackedSolutionFixture fixture, ITestOutputHelper output)
{
    /// <summary>The SARIF option exactly as the README's "Use in CI" gives it.</summary>
    internal const string SarifArgument = "-p:ErrorLog=out.sarif%2Cversion=2.1";

    private const string HelpUriPrefix = "https://github.com/consentguard/consentguard/blob/main/docs/rules/";

    [Fact]
    public async Task Editorconfig_WarningsAsErrors_and_SARIF_work_for_net8_and_net10_consumers_on_CSharp_10()
    {
        var directory = await ConsumerDirectory.CreateAsync(fixture, "configured", new Dictionary<string, string>
        {
            ["App.csproj"] = Project(fixture.ExpectedVersion, warningsAsErrors: null),
            ["Program.cs"] = Program,
            [".editorconfig"] = EditorConfig("dotnet_diagnostic.CG0001.severity = warning"),
        });
        var leak = SourcePosition.Of(Program, "corpus.Add(", "m.Headline)");
        var discarded = SourcePosition.Of(Program, "", "Consent.IsGranted(m.Id");

        // 1. Both target frameworks, C# 10, CG0001 lowered to a warning: the build succeeds, the leak is a warning in
        //    each, and the generated accessors Program uses compiled under C# 10.
        var both = await BuildAsync(directory, "build");
        Assert.True(both.ExitCode == 0, "CG0001 set to warning in .editorconfig must not fail the build. " + both);
        foreach (var framework in new[] { "net8.0", "net10.0" })
        {
            Assert.True(File.Exists(Path.Combine(directory, "bin", "Debug", framework, "App.dll")), $"no {framework} build output. " + both);
            AssertFinding(both, leak, "warning", "CG0001", framework);
            AssertFinding(both, discarded, "warning", "CG0007", framework);
        }
        Assert.False(Regex.IsMatch(both.Output, @"(warning|error) CS\d{4}"), "C# 10 code (the consumer's and the generated accessors) must compile cleanly. " + both);

        // 2. CG0007 raised to an error in .editorconfig fails the build; the SARIF log of that build has every finding,
        //    whatever its severity, with its rule's help URI.
        await File.WriteAllTextAsync(Path.Combine(directory, ".editorconfig"), EditorConfig("dotnet_diagnostic.CG0001.severity = warning", "dotnet_diagnostic.CG0007.severity = error"));
        var raised = await BuildAsync(directory, "build", "--no-restore", "-f", "net10.0", SarifArgument);
        Assert.True(raised.ExitCode != 0, "CG0007 set to error in .editorconfig must fail the build. " + raised);
        AssertFinding(raised, discarded, "error", "CG0007", "net10.0");
        AssertFinding(raised, leak, "warning", "CG0001", "net10.0");
        AssertSarif(Path.Combine(directory, "out.sarif"), ("CG0001", leak), ("CG0007", discarded));

        // 3. Back to the default CG0007 (warning), made an error by <WarningsAsErrors> in the project.
        await File.WriteAllTextAsync(Path.Combine(directory, ".editorconfig"), EditorConfig("dotnet_diagnostic.CG0001.severity = warning"));
        await File.WriteAllTextAsync(Path.Combine(directory, "App.csproj"), Project(fixture.ExpectedVersion, warningsAsErrors: "CG0007"));
        var promoted = await BuildAsync(directory, "build", "--no-restore", "-f", "net8.0");
        Assert.True(promoted.ExitCode != 0, "<WarningsAsErrors>CG0007</WarningsAsErrors> must fail the build. " + promoted);
        AssertFinding(promoted, discarded, "error", "CG0007", "net8.0");
        AssertFinding(promoted, leak, "warning", "CG0001", "net8.0");
    }

    private async Task<DotNetResult> BuildAsync(string directory, params string[] arguments)
    {
        var build = await DotNetCli.RunAsync(directory, [.. arguments, "-nodeReuse:false", "-tl:off", "-v:minimal"], ConsumerDirectory.Environment(fixture));
        output.WriteLine(build.ToString());
        ConsumerDirectory.AssertAnalyzersRan(build);
        return build;
    }

    /// <summary>The compiler's line for a finding of <paramref name="id"/> at <paramref name="at"/>, in the build of <paramref name="framework"/>.</summary>
    private static void AssertFinding(DotNetResult build, (int Line, int Column) at, string severity, string id, string framework)
    {
        // MSBuild suffixes each compiler line with the project and, for a multi-targeted project, its framework.
        var expected = new Regex($@"Program\.cs\({at.Line},{at.Column}\): {severity} {id}: .*\({Regex.Escape(HelpUriPrefix + id)}\.md\) \[.*App\.csproj::TargetFramework={Regex.Escape(framework)}\]");
        Assert.True(expected.IsMatch(build.Output),
            $"expected `Program.cs({at.Line},{at.Column}): {severity} {id}` for {framework}. CG lines:{Environment.NewLine}"
            + DotNetCli.LinesContaining(build.Output, " CG0") + Environment.NewLine + build);
    }

    /// <summary>A SARIF 2.1 log with a result for each expected finding, each result's rule carrying its help URI.</summary>
    private static void AssertSarif(string path, params (string Id, (int Line, int Column) At)[] expected)
    {
        Assert.True(File.Exists(path), $"{path} was not written");
        var log = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal("2.1.0", (string?)log["version"]);
        var run = Assert.Single(log["runs"]!.AsArray())!;
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        var results = run["results"]!.AsArray();

        var consentGuardResults = results.Where(r => ((string?)r!["ruleId"])?.StartsWith("CG", StringComparison.Ordinal) == true).ToList();
        foreach (var (id, at) in expected)
            Assert.True(consentGuardResults.Any(r => (string?)r!["ruleId"] == id && StartsAt(r!, at)),
                $"no {id} result at {at} in the SARIF log:{Environment.NewLine}{log}");
        foreach (var result in consentGuardResults)
        {
            var id = (string)result!["ruleId"]!;
            var rule = rules[(int)result["ruleIndex"]!]!;
            Assert.Equal(id, (string?)rule["id"]);
            Assert.Equal(HelpUriPrefix + id + ".md", (string?)rule["helpUri"]);
        }
    }

    private static bool StartsAt(JsonNode result, (int Line, int Column) at)
    {
        var region = result["locations"]![0]!["physicalLocation"]!["region"]!;
        return (int)region["startLine"]! == at.Line && (int)region["startColumn"]! == at.Column;
    }

    private static string EditorConfig(params string[] settings) =>
        "root = true\n\n[*.cs]\n" + string.Join("\n", settings) + "\n";

    private static string Project(string version, string? warningsAsErrors) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Library</OutputType>
            <TargetFrameworks>net8.0;net10.0</TargetFrameworks>
            <LangVersion>10</LangVersion>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <AssemblyName>App</AssemblyName>
            <!-- .NET 8 is past its end of support on this SDK: that warning is not under test. -->
            <CheckEolTargetFramework>false</CheckEolTargetFramework>
            {(warningsAsErrors is null ? "" : $"<WarningsAsErrors>{warningsAsErrors}</WarningsAsErrors>")}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="ConsentGuard" Version="[{version}]" />
          </ItemGroup>
        </Project>
        """;

    /// <summary>
    /// C# 10 (no primary constructors, no raw strings): a leak (CG0001), a discarded check (CG0007), and code that
    /// uses the generated accessors, which compiles only if the generator emitted them in C# 10.
    /// </summary>
    private const string Program = """
        using ConsentGuard;

        public partial class Member
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData(PersonalDataCategory.Professional)]
            [ConsentPurpose(Purposes.GenerativeTraining)]
            public string Headline { get; set; } = "";
        }

        public interface ICorpus
        {
            [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
        }

        public sealed record Exporter(IConsentProvider Consent, ICorpus Corpus)
        {
            public void One(Member m)
            {
                if (m.ForGenerativeTraining(Consent) is { } view)
                    Corpus.Add(view.Headline);
            }

            public void All(IEnumerable<Member> members)
            {
                foreach (var view in members.ForGenerativeTraining(Consent))
                    Corpus.Add(view.Headline);
            }

            public void Leak(Member m, ICorpus corpus)
            {
                corpus.Add(m.Headline);
            }

            public void Discard(Member m)
            {
                Consent.IsGranted(m.Id, Purposes.GenerativeTraining);
            }
        }
        """;
}
