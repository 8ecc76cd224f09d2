using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace ConsentGuard.Tests.Packaging;

/// <summary>
/// A minimal LSP client over stdio (JSON-RPC with <c>Content-Length</c> framing) for the <c>csharp-ls</c> local tool
/// of this repository (.config/dotnet-tools.json, installed by <c>dotnet tool restore</c>). It keeps a transcript of
/// everything received, for failure messages, and kills the server (only the process it started) when disposed.
/// </summary>
internal sealed class LanguageServerClient : IAsyncDisposable
{
    private readonly Process process;
    private readonly Stream input;
    private readonly Stream output;
    private readonly StringBuilder transcript = new();
    private readonly StringBuilder standardError;

    private LanguageServerClient(Process process, StringBuilder standardError)
    {
        this.process = process;
        this.standardError = standardError;
        input = process.StandardInput.BaseStream;
        output = process.StandardOutput.BaseStream;
    }

    /// <summary>
    /// Starts <c>dotnet tool run csharp-ls</c> in <paramref name="toolManifestDirectory"/> (where the tool manifest is
    /// found; the workspace it loads is given by <c>initialize</c>, not by its working directory).
    /// </summary>
    public static LanguageServerClient Start(string toolManifestDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(DotNetCli.DotNetExecutable)
        {
            WorkingDirectory = toolManifestDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "tool", "run", "csharp-ls", "--", "--loglevel", "warning" })
            start.ArgumentList.Add(argument);
        // The server finds MSBuild with MSBuildLocator: the test host's pinned MSBuild variables would mislead it.
        foreach (var name in DotNetCli.InheritedMSBuildVariables)
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment)
            start.Environment[name] = value;

        var process = new Process { StartInfo = start };
        var standardError = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
                lock (standardError)
                    standardError.AppendLine(e.Data);
        };
        process.Start();
        process.BeginErrorReadLine();
        return new LanguageServerClient(process, standardError);
    }

    /// <summary>What the server said so far (its messages and its standard error), for assertion messages.</summary>
    public string Transcript
    {
        get
        {
            lock (standardError)
                return $"Messages:{Environment.NewLine}{transcript}{Environment.NewLine}Standard error:{Environment.NewLine}{standardError}";
        }
    }

    public Task RequestAsync(int id, string method, JsonNode parameters, CancellationToken cancellationToken) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters }, cancellationToken);

    public Task NotifyAsync(string method, JsonNode parameters, CancellationToken cancellationToken) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters }, cancellationToken);

    /// <summary>Answers a request the server sent (its id is echoed as received: number or string).</summary>
    public Task RespondAsync(JsonNode request, JsonNode? result, CancellationToken cancellationToken) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = request["id"]!.DeepClone(), ["result"] = result }, cancellationToken);

    private async Task SendAsync(JsonObject message, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await input.WriteAsync(header, cancellationToken);
        await input.WriteAsync(body, cancellationToken);
        await input.FlushAsync(cancellationToken);
    }

    /// <summary>The next message from the server; throws <see cref="EndOfStreamException"/> when it exited.</summary>
    public async Task<JsonNode> ReceiveAsync(CancellationToken cancellationToken)
    {
        var length = -1;
        while (await ReadHeaderLineAsync(cancellationToken) is { Length: > 0 } line)
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        if (length < 0)
            throw new InvalidDataException("an LSP message without Content-Length. " + Transcript);
        var body = new byte[length];
        await output.ReadExactlyAsync(body, cancellationToken);
        var text = Encoding.UTF8.GetString(body);
        transcript.AppendLine(text.Length > 2000 ? text[..2000] + "…" : text);
        return JsonNode.Parse(text)!;
    }

    /// <summary>One header line without its CRLF; empty for the blank line that ends the headers.</summary>
    private async Task<string> ReadHeaderLineAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await output.ReadAsync(one, cancellationToken) == 0)
                throw new EndOfStreamException("the language server closed its output (exited?). " + Transcript);
            if (one[0] == '\n')
                return line.ToString().TrimEnd('\r');
            line.Append((char)one[0]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            using var reaped = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(reaped.Token);
        }
        catch (InvalidOperationException)
        {
            // Never started: nothing to end.
        }
        catch (OperationCanceledException)
        {
            // Killed but not yet reaped: nothing more a test can do.
        }
        process.Dispose();
    }
}
