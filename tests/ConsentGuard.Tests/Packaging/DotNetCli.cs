using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ConsentGuard.Tests.Packaging;

/// <summary>The outcome of one <c>dotnet</c> command: exit code and interleaved stdout/stderr.</summary>
internal sealed record DotNetResult(string CommandLine, string WorkingDirectory, int ExitCode, string Output)
{
    /// <summary>Everything needed to understand a failure without re-running it.</summary>
    public override string ToString() =>
        $"`{CommandLine}` in {WorkingDirectory} exited with {ExitCode}. Output:{Environment.NewLine}{Output}";
}

/// <summary>
/// Runs the <c>dotnet</c> CLI as a child process, the way a user or CI would, isolated from the test host's own
/// MSBuild environment and leaving nothing running behind.
/// </summary>
internal static class DotNetCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Variables the CLI sets for the MSBuild of the <c>dotnet test</c> that started the test host, which inherits
    /// them. They pin MSBuild to the outer build's SDK resolution; a child build must resolve everything itself
    /// (for a project outside the repository, without its global.json).
    /// </summary>
    public static readonly string[] InheritedMSBuildVariables = ["MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH"];

    /// <summary>
    /// Runs <c>dotnet <paramref name="arguments"/></c>. Build servers and node reuse are off so that no compiler
    /// server or MSBuild node outlives the command: such a process would inherit the redirected output and keep
    /// the test waiting, and on CI it would be left running.
    /// </summary>
    public static async Task<DotNetResult> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(DotNetExecutable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var name in InheritedMSBuildVariables)
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        // MSBuild reads environment variables as properties: no VBCSCompiler server for any child build.
        start.Environment["UseSharedCompilation"] = "false";
        if (environment is not null)
            foreach (var (name, value) in environment)
                start.Environment[name] = value;

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var commandLine = "dotnet " + string.Join(" ", arguments);
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{commandLine}` in {workingDirectory} did not finish within {Timeout}. Output so far:{Environment.NewLine}{Snapshot(output)}");
        }
        // WaitForExitAsync returns once the process exits and its redirected streams are drained.
        return new DotNetResult(commandLine, workingDirectory, process.ExitCode, Snapshot(output));
    }

    /// <summary>The <c>dotnet</c> that runs these tests (set by the CLI for its children), else the one on PATH.</summary>
    public static string DotNetExecutable =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
            return output.ToString();
    }

    /// <summary>Lines of <paramref name="output"/> that contain <paramref name="text"/>, for assertion messages.</summary>
    public static string LinesContaining(string output, string text) =>
        string.Join(Environment.NewLine, output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Contains(text, StringComparison.Ordinal)));
}
