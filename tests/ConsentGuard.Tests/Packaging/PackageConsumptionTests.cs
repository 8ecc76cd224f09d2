using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using System.Xml.Linq;
using ConsentGuard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ConsentGuard.Tests.Packaging;

/// <summary>
/// SPEC §1 end to end: <c>dotnet pack</c> produces the one ConsentGuard package (and the audit tool's), and a fresh <c>net8.0</c> project
/// that only adds a PackageReference to it gets the runtime, the analyzer and its errors.
/// </summary>
[Collection(PackedSolutionCollection.Name)]
public sealed class PackageConsumptionTests(PackedSolutionFixture fixture, ITestOutputHelper output)
{
    private const string RuntimeEntry = ConsumerDirectory.RuntimeEntry;
    private const string AnalyzerEntry = ConsumerDirectory.AnalyzerEntry;
    private const string CodeFixesEntry = "analyzers/dotnet/cs/ConsentGuard.CodeFixes.dll";

    [Fact]
    public void Pack_produces_the_library_the_audit_tool_and_the_two_ledger_packages_named_for_the_declared_version()
    {
        fixture.AssertPackSucceeded();
        Assert.Equal(new[] { $"ConsentGuard.{fixture.ExpectedVersion}.nupkg", $"ConsentGuard.Cli.{fixture.ExpectedVersion}.nupkg", $"ConsentGuard.PostgreSql.{fixture.ExpectedVersion}.nupkg", $"ConsentGuard.Sqlite.{fixture.ExpectedVersion}.nupkg" }, fixture.FeedFiles());
    }

    /// <summary>
    /// The CLI package is the <c>consentguard</c> .NET tool: installed as a local tool from this run's feed alone, it
    /// audits the sample. MSBuild must come from the SDK (no Microsoft.Build*.dll in the package), the build hosts
    /// of MSBuildWorkspace must be in it.
    /// </summary>
    [Fact]
    public async Task The_audit_tool_package_installs_as_consentguard_and_audits_the_sample()
    {
        fixture.AssertPackSucceeded();
        var toolPackage = Path.Combine(fixture.FeedDirectory, $"ConsentGuard.Cli.{fixture.ExpectedVersion}.nupkg");
        using (var package = ZipFile.OpenRead(toolPackage))
        {
            var entries = package.Entries.Select(e => e.FullName).ToList();
            Assert.Contains("tools/net10.0/any/ConsentGuard.Cli.dll", entries);
            Assert.Contains("tools/net10.0/any/BuildHost-netcore/Microsoft.CodeAnalysis.Workspaces.MSBuild.BuildHost.dll", entries);
            Assert.DoesNotContain(entries, e => Regex.IsMatch(e, @"^tools/net10\.0/any/Microsoft\.Build(\.Framework)?\.dll$"));
            using var settings = new StreamReader(package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
            Assert.Contains("<Command Name=\"consentguard\" EntryPoint=\"ConsentGuard.Cli.dll\"", await settings.ReadToEndAsync());
        }

        var tool = await fixture.ToolAsync();
        var report = Path.Combine(tool.Directory, "audit.json");
        var sample = Path.Combine(TestPaths.RepositoryRoot, "samples", "ProNet", "ProNet.csproj");
        DotNetResult audit;
        // The audit restores and builds the sample in the repository: not while the CLI tests audit it too.
        using (await ConsentGuard.Tests.Shared.RepositoryBuildLock.AcquireAsync(TestPaths.RepositoryRoot, TimeSpan.FromMinutes(10)))
            audit = await tool.RunAsync("audit", sample, "--format", "json", "--output", report);
        output.WriteLine(audit.ToString());
        Assert.True(audit.ExitCode == 0, audit.ToString());
        var json = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(report))!;
        Assert.Equal(fixture.ExpectedVersion, (string?)json["tool"]!["version"]);
        Assert.Equal(8, json["personalData"]!.AsArray().Count); // Member 5, Post 1, DirectMessage 2: tests/ConsentGuard.Cli.Tests/EndToEnd/SampleSource.cs lists them
    }

    [Fact]
    public void Package_holds_the_runtime_in_lib_and_the_Roslyn_components_in_analyzers()
    {
        using var package = ZipFile.OpenRead(fixture.PackagePath);
        var entries = package.Entries.Select(e => e.FullName).ToList();
        var listing = string.Join(Environment.NewLine, entries);

        Assert.Contains(RuntimeEntry, entries);
        Assert.Contains(AnalyzerEntry, entries);
        Assert.Contains(CodeFixesEntry, entries);
        Assert.Contains("README.md", entries);
        // The analyzer must not become a compile reference of consumers, and nothing may land in a language or
        // framework folder the SDK would not load from.
        Assert.True(entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal))
            .SequenceEqual(new[] { RuntimeEntry }), "lib/ must hold ConsentGuard.dll only:" + Environment.NewLine + listing);
        Assert.True(entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).All(e => e.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal)),
            "everything under analyzers/ belongs in analyzers/dotnet/cs/:" + Environment.NewLine + listing);

        var readme = package.GetEntry("README.md")!;
        using (var reader = new StreamReader(readme.Open()))
            Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md")), reader.ReadToEnd());
    }

    [Fact]
    public void Package_metadata_has_readme_license_repository_and_no_build_time_dependencies()
    {
        using var package = ZipFile.OpenRead(fixture.PackagePath);
        var nuspecEntry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
        XDocument nuspec;
        using (var stream = nuspecEntry.Open())
            nuspec = XDocument.Load(stream);
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Element(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("ConsentGuard", Element("id"));
        Assert.Equal(fixture.ExpectedVersion, Element("version"));
        Assert.Equal("README.md", Element("readme"));
        Assert.Equal("MIT", Element("license"));
        Assert.False(string.IsNullOrWhiteSpace(Element("description")));
        Assert.False(string.IsNullOrWhiteSpace(Element("projectUrl")));
        Assert.Contains("consent", Element("tags") ?? "", StringComparison.Ordinal);
        Assert.Contains("analyzer", Element("tags") ?? "", StringComparison.Ordinal);
        Assert.Contains("consent", Element("description") ?? "", StringComparison.OrdinalIgnoreCase);
        var repository = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "repository");
        Assert.Equal("https://github.com/consentguard/consentguard", repository?.Attribute("url")?.Value);
        Assert.Equal("git", repository?.Attribute("type")?.Value);
        // Icon-free: no packed icon and no deprecated iconUrl; a license expression, not a license file.
        Assert.Null(Element("icon"));
        Assert.Null(Element("iconUrl"));
        Assert.Equal("expression", metadata.Elements().Single(e => e.Name.LocalName == "license").Attribute("type")?.Value);

        // The analyzer project is built into the package, not depended on; Roslyn comes with the consumer's SDK.
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value).ToList();
        Assert.DoesNotContain(dependencies, id => id.StartsWith("ConsentGuard", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(dependencies, id => id.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Release tracking (RS2000-RS2008) is on for the analyzer: both files exist and are given to its build, so a rule
    /// added, removed or changed without a line in AnalyzerReleases.Unshipped.md fails the build of src/.
    /// </summary>
    [Fact]
    public void Analyzer_release_tracking_files_exist_and_feed_the_analyzer_build()
    {
        var analyzerProject = Path.Combine(TestPaths.RepositoryRoot, "src", "ConsentGuard.Analyzers");
        var project = XDocument.Load(Path.Combine(analyzerProject, "ConsentGuard.Analyzers.csproj"));
        var additionalFiles = project.Descendants("AdditionalFiles").Select(e => (string?)e.Attribute("Include")).ToList();
        foreach (var name in new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" })
        {
            Assert.True(File.Exists(Path.Combine(analyzerProject, name)), $"{name} is missing");
            Assert.Contains(name, additionalFiles);
        }
        Assert.StartsWith("; Shipped analyzer releases", File.ReadAllText(Path.Combine(analyzerProject, "AnalyzerReleases.Shipped.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AnalyzerEntry)]
    [InlineData(CodeFixesEntry)]
    public void Packaged_Roslyn_component_loads_in_the_NET_8_SDK(string entryName)
    {
        // SPEC §1: netstandard2.0 against a Roslyn no newer than the .NET 8 SDK's compiler (4.8); for the code fixes
        // that includes Workspaces, which IDEs of that age provide.
        using var package = ZipFile.OpenRead(fixture.PackagePath);
        using var image = new MemoryStream();
        using (var entry = package.GetEntry(entryName)!.Open())
            entry.CopyTo(image);
        image.Position = 0;
        using var pe = new PEReader(image);
        var metadata = pe.GetMetadataReader();

        var roslyn = metadata.AssemblyReferences.Select(metadata.GetAssemblyReference)
            .Where(r => metadata.GetString(r.Name).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .Select(r => (Name: metadata.GetString(r.Name), r.Version))
            .ToList();
        Assert.NotEmpty(roslyn);
        Assert.All(roslyn, r => Assert.True(r.Version <= new Version(4, 8, 0, 0), $"{r.Name} {r.Version} is newer than the .NET 8 SDK's Roslyn 4.8"));

        var targetFramework = metadata.GetAssemblyDefinition().GetCustomAttributes()
            .Select(metadata.GetCustomAttribute)
            .Select(a => DecodeTargetFramework(metadata, a))
            .SingleOrDefault(name => name is not null);
        Assert.Equal(".NETStandard,Version=v2.0", targetFramework);
    }

    [Fact]
    public async Task Consumer_build_fails_with_CG0001_when_personal_data_leaks_into_training()
    {
        var consumer = await BuildConsumerAsync("leak", LeakingProgram);

        AssertUsesThePackedAnalyzer(consumer);
        var (line, column) = SourcePosition.Of(LeakingProgram, "corpus.Add(", "m.Headline");
        // SPEC §5: at the argument, naming the origin and the purpose (message format: DiagnosticDescriptors.UncheckedFlow).
        var expected = new Regex($@"Program\.cs\({line},{column}\): error CG0001: Personal data from .*Member\.Headline.* is used for 'GenerativeTraining'");
        Assert.True(expected.IsMatch(consumer.Build.Output),
            $"expected `Program.cs({line},{column}): error CG0001: …Member.Headline… 'GenerativeTraining'`. CG lines:{Environment.NewLine}"
            + DotNetCli.LinesContaining(consumer.Build.Output, " CG0") + Environment.NewLine + consumer.Build);
        Assert.True(consumer.Build.ExitCode != 0, "the build must fail on CG0001. " + consumer.Build);
    }

    [Fact]
    public async Task Consumer_build_succeeds_and_runs_when_consent_is_checked_first()
    {
        var consumer = await BuildConsumerAsync("consented", ConsentedProgram);

        Assert.True(consumer.Build.ExitCode == 0, "the build must succeed. " + consumer.Build);
        AssertUsesThePackedAnalyzer(consumer);
        Assert.True(!Regex.IsMatch(consumer.Build.Output, @"(error|warning) CG\d{4}"),
            "no ConsentGuard finding expected:" + Environment.NewLine + DotNetCli.LinesContaining(consumer.Build.Output, " CG0"));

        // The runtime from lib/ works in the consumer: only the member who consented reaches the corpus.
        var run = await DotNetCli.RunAsync(consumer.Directory, [Path.Combine("bin", "Debug", "net8.0", "App.dll")]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(new[] { "corpus: Analytical engines" }, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private sealed record Consumer(string Directory, DotNetResult Build);

    /// <summary>A fresh console project, outside the repository, that references the packed ConsentGuard and nothing else of ours.</summary>
    private async Task<Consumer> BuildConsumerAsync(string name, string program)
    {
        var directory = await ConsumerDirectory.CreateAsync(fixture, name, new Dictionary<string, string>
        {
            ["App.csproj"] = ConsumerProject(fixture.ExpectedVersion),
            ["Program.cs"] = program,
        });
        var build = await DotNetCli.RunAsync(directory, ["build", "-nodeReuse:false", "-tl:off", "-v:minimal"], ConsumerDirectory.Environment(fixture));
        output.WriteLine(build.ToString());
        ConsumerDirectory.AssertAnalyzersRan(build);
        return new Consumer(directory, build);
    }

    private void AssertUsesThePackedAnalyzer(Consumer consumer) => ConsumerDirectory.AssertUsesThePackedPackage(fixture, consumer.Build);

    private static string ConsumerProject(string version) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net8.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <AssemblyName>App</AssemblyName>
            <!-- Not under test, and the net8.0 apphost would be one more download. -->
            <UseAppHost>false</UseAppHost>
            <!-- The machine may have only a newer runtime than the net8.0 this targets. -->
            <RollForward>Major</RollForward>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="ConsentGuard" Version="[{version}]" />
          </ItemGroup>
          {ConsumerDirectory.ShowConsentGuardInputsTarget}
        </Project>
        """;

    /// <summary>Shared case 01, as a program: a member's headline goes to a training corpus unchecked.</summary>
    private const string LeakingProgram = """
        using ConsentGuard;

        public static class Program
        {
            public static void Main() { }
        }

        public class Member
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
            [PersonalData(PersonalDataCategory.Professional)]
            [ConsentPurpose(Purposes.GenerativeTraining)]
            [ConsentPurpose(Purposes.Personalization)]
            public string Headline { get; set; } = "";
        }

        public interface ICorpus
        {
            [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
        }

        public sealed class ConsoleCorpus : ICorpus
        {
            public void Add(string text) => Console.WriteLine("corpus: " + text);
        }

        public class Exporter(ICorpus corpus)
        {
            public void Export(Member m) => corpus.Add(m.Headline);
        }
        """;

    /// <summary>Shared case 02, as a program: the same export behind a consent check for the purpose.</summary>
    private const string ConsentedProgram = """
        using ConsentGuard;

        public static class Program
        {
            public static void Main()
            {
                var consent = new InMemoryConsentProvider();
                consent.Grant("ada", Purposes.GenerativeTraining);
                consent.Grant("bob", Purposes.Personalization);
                var exporter = new Exporter(consent, new ConsoleCorpus());
                exporter.Export(new Member { Id = "ada", Headline = "Analytical engines" });
                exporter.Export(new Member { Id = "bob", Headline = "Consented to personalization only" });
                exporter.Export(new Member { Id = "eve", Headline = "Never asked" });
            }
        }

        public class Member
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
            [PersonalData(PersonalDataCategory.Professional)]
            [ConsentPurpose(Purposes.GenerativeTraining)]
            [ConsentPurpose(Purposes.Personalization)]
            public string Headline { get; set; } = "";
        }

        public interface ICorpus
        {
            [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
        }

        public sealed class ConsoleCorpus : ICorpus
        {
            public void Add(string text) => Console.WriteLine("corpus: " + text);
        }

        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export(Member m)
            {
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                    corpus.Add(m.Headline);
            }
        }
        """;

    private static string? DecodeTargetFramework(MetadataReader metadata, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
            return null;
        var constructor = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
        if (constructor.Parent.Kind != HandleKind.TypeReference
            || metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)constructor.Parent).Name) != "TargetFrameworkAttribute")
            return null;
        // Blob: prolog 0x0001, then the SerString of the framework name.
        var blob = metadata.GetBlobReader(attribute.Value);
        blob.ReadUInt16();
        return blob.ReadSerializedString();
    }
}
