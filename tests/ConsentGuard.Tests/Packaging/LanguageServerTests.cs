using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ConsentGuard.Tests.Packaging;

/// <summary>
/// The package in an editor: a real C# language server (<c>csharp-ls</c>, a local tool of this repository) loads a
/// fresh project that references the packed package, and the leak in an opened file arrives as CG0001, an error with
/// its help link, through LSP pull diagnostics. What an IDE user sees as a red squiggle.
/// </summary>
[Collection(PackedSolutionCollection.Name)]
public sealed class LanguageServerTests(PackedSolutionFixture fixture, ITestOutputHelper output)
{
    /// <summary>Loading the workspace took about 10 s on a quiet 2-core machine; this only stops a hung server hanging CI.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(4);

    private const int InitializeId = 1;
    private const int DiagnosticId = 1000;

    [Fact]
    public async Task CSharp_language_server_reports_CG0001_for_a_leak_in_an_opened_file()
    {
        var directory = await ConsumerDirectory.CreateAsync(fixture, "ide", new Dictionary<string, string>
        {
            ["App.csproj"] = Project(fixture.ExpectedVersion),
            ["Leak.cs"] = Leak,
        });
        // The server loads the project as it is on disk, like an IDE opening a cloned repository: restored.
        var restore = await DotNetCli.RunAsync(directory, ["restore", "-nodeReuse:false", "-tl:off", "-v:minimal"], ConsumerDirectory.Environment(fixture));
        Assert.True(restore.ExitCode == 0, restore.ToString());

        // The server is a local tool of this repository: a fresh clone has not restored it yet. Restoring is quick when it
        // was, and it goes to the user's packages folder, where `dotnet tool run` looks (not the consumer's private one).
        var toolRestore = await DotNetCli.RunAsync(TestPaths.RepositoryRoot, ["tool", "restore"]);
        Assert.True(toolRestore.ExitCode == 0, toolRestore.ToString());

        using var deadline = new CancellationTokenSource(Deadline);
        await using var server = LanguageServerClient.Start(TestPaths.RepositoryRoot, ConsumerDirectory.Environment(fixture));
        JsonNode? diagnostics;
        try
        {
            diagnostics = await PullDiagnosticsAfterLoadingAsync(server, directory, deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"csharp-ls gave no CG0001 within {Deadline}. " + server.Transcript);
        }
        output.WriteLine(diagnostics.ToJsonString());

        var items = diagnostics["items"]!.AsArray().Select(i => i!).ToList();
        var leak = items.SingleOrDefault(i => (string?)i["code"] == "CG0001");
        Assert.True(leak is not null, "no CG0001 among the diagnostics: " + diagnostics.ToJsonString() + Environment.NewLine + server.Transcript);
        // LSP positions are 0-based.
        var (line, column) = SourcePosition.Of(Leak, "corpus.Add(", "m.Headline");
        Assert.Equal(line - 1, (int)leak["range"]!["start"]!["line"]!);
        Assert.Equal(column - 1, (int)leak["range"]!["start"]!["character"]!);
        Assert.Equal(1, (int)leak["severity"]!); // DiagnosticSeverity.Error: a red squiggle
        Assert.Contains("Member.Headline", (string?)leak["message"], StringComparison.Ordinal);
        Assert.Equal("https://github.com/consentguard/consentguard/blob/main/docs/rules/CG0001.md", (string?)leak["codeDescription"]?["href"]);
    }

    /// <summary>
    /// Initializes with the consumer folder as the workspace, answers the server's requests (analyzers on), and once
    /// it says it finished loading, pulls the diagnostics of the opened file until CG0001 is among them: the first
    /// pull can come before the analyzers ran on a loaded machine.
    /// </summary>
    private static async Task<JsonNode> PullDiagnosticsAfterLoadingAsync(LanguageServerClient server, string directory, CancellationToken cancellationToken)
    {
        var root = new Uri(directory + Path.DirectorySeparatorChar).AbsoluteUri.TrimEnd('/');
        var document = root + "/Leak.cs";
        await server.RequestAsync(InitializeId, "initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = root,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = "consumer" }),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true },
                ["window"] = new JsonObject { ["workDoneProgress"] = true },
                ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() },
            },
        }, cancellationToken);

        while (true)
        {
            var message = await server.ReceiveAsync(cancellationToken);
            var method = (string?)message["method"];
            var isResponse = method is null && message["id"] is not null;
            if (isResponse && (int?)message["id"] == InitializeId)
            {
                await server.NotifyAsync("initialized", new JsonObject(), cancellationToken);
                await server.NotifyAsync("textDocument/didOpen", new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["uri"] = document, ["languageId"] = "csharp", ["version"] = 1, ["text"] = Leak },
                }, cancellationToken);
            }
            else if (isResponse && (int?)message["id"] == DiagnosticId)
            {
                var result = message["result"] ?? throw new InvalidOperationException("textDocument/diagnostic failed: " + message.ToJsonString());
                if (result["items"]!.AsArray().Any(i => (string?)i!["code"] == "CG0001"))
                    return result;
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
                await PullAsync(server, document, cancellationToken);
            }
            else if (method == "workspace/configuration")
                await server.RespondAsync(message, new JsonArray(new JsonObject { ["analyzersEnabled"] = true }), cancellationToken);
            else if (method is not null && message["id"] is not null)
                await server.RespondAsync(message, null, cancellationToken); // progress tokens, capability registrations
            else if (method == "$/progress" && (string?)message["params"]!["value"]!["kind"] == "end")
                await PullAsync(server, document, cancellationToken); // the workspace is loaded
        }
    }

    private static Task PullAsync(LanguageServerClient server, string document, CancellationToken cancellationToken) =>
        server.RequestAsync(DiagnosticId, "textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = document } }, cancellationToken);

    private static string Project(string version) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="ConsentGuard" Version="[{version}]" />
          </ItemGroup>
        </Project>
        """;

    /// <summary>Shared case 01: a member's headline goes to a training corpus unchecked.</summary>
    private const string Leak = """
        using ConsentGuard;

        public class Member
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

        public class Exporter(ICorpus corpus)
        {
            public void Export(Member m) => corpus.Add(m.Headline);
        }
        """;
}
