using System;
using System.IO;
using System.Threading.Tasks;
using ConsentGuard.Cli.Tests.Infrastructure;

namespace ConsentGuard.Cli.Tests.EndToEnd;

/// <summary>
/// Audits samples/ProNet once per format with the built CLI. The first run goes alone (on a fresh clone it
/// restores the sample); the other three run side by side.
/// </summary>
public sealed class SampleAuditFixture : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("consentguard-audit-").FullName;

    /// <summary>Markdown on stdout with <c>--fail-on warning</c>: the sample's CG0007 makes it exit 1.</summary>
    public CliRunner.Result Markdown { get; private set; } = null!;
    public CliRunner.Result Json { get; private set; } = null!;
    public CliRunner.Result Sarif { get; private set; } = null!;
    public CliRunner.Result Html { get; private set; } = null!;

    public string JsonPath => Path.Combine(_folder, "audit.json");
    public string SarifPath => Path.Combine(_folder, "audit.sarif");
    public string HtmlPath => Path.Combine(_folder, "audit.html");

    public async Task InitializeAsync()
    {
        // The first audit restores and builds the sample's project references: not while another test packs the solution.
        using var exclusive = await ConsentGuard.Tests.Shared.RepositoryBuildLock.AcquireAsync(RepositoryPaths.Root, TimeSpan.FromMinutes(10));
        var sample = Path.Combine("samples", "ProNet", "ProNet.csproj");
        Markdown = await CliRunner.RunAsync("audit", sample, "--fail-on", "warning");
        var json = CliRunner.RunAsync("audit", sample, "--format", "json", "--output", JsonPath);
        var sarif = CliRunner.RunAsync("audit", sample, "--format", "sarif", "--output", SarifPath, "--fail-on", "none");
        var html = CliRunner.RunAsync("audit", sample, "--format", "html", "--output", HtmlPath);
        (Json, Sarif, Html) = (await json, await sarif, await html);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
