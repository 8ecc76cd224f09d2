using System;
using System.Diagnostics;
using System.Threading.Tasks;

namespace ConsentGuard.Cli.Tests.Infrastructure;

/// <summary>Runs the built CLI as a user would (dotnet exec on its dll, from the repository root) and captures what it says.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed);

    public static async Task<Result> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // `dotnet test` pins its own MSBuild through these; a user's shell has none, and the CLI must find the SDK itself.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH" })
            start.Environment.Remove(name);
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(RepositoryPaths.CliDll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromMinutes(4));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("consentguard " + string.Join(' ', args) + " did not finish in 4 minutes: " + await stderr);
        }
        return new Result(process.ExitCode, await stdout, await stderr, stopwatch.Elapsed);
    }
}
