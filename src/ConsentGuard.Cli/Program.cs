using System;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Cli.CommandLine;
using ConsentGuard.Cli.Loading;

namespace ConsentGuard.Cli;

/// <summary>
/// The <c>consentguard</c> tool. Every failure ends as one line on stderr: bad input with exit code 2, and an
/// internal error too (its stack trace only with CONSENTGUARD_DEBUG=1).
/// </summary>
public static class Program
{
    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, System.IO.TextWriter stdout, System.IO.TextWriter stderr)
    {
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancellation.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            switch (args.Length == 0 ? "" : args[0])
            {
                case "":
                    stderr.WriteLine(AuditArguments.Usage);
                    return ExitCodes.BadInput;
                case "-h" or "--help" or "help":
                    stdout.WriteLine(AuditArguments.Usage);
                    return ExitCodes.Success;
                case "--version":
                    stdout.WriteLine(AuditCommand.Tool.Version);
                    return ExitCodes.Success;
                case "audit" when args.AsSpan(1).Contains("-h") || args.AsSpan(1).Contains("--help"):
                    stdout.WriteLine(AuditArguments.Usage);
                    return ExitCodes.Success;
                case "audit":
                    var arguments = AuditArguments.Parse(args[1..]);
                    return await new AuditCommand(stdout, stderr).RunAsync(arguments, cancellation.Token).ConfigureAwait(false);
                default:
                    throw new AuditInputException($"unknown command '{args[0]}': the command is 'consentguard audit <path>'");
            }
        }
        catch (AuditInputException ex)
        {
            stderr.WriteLine("consentguard: error: " + ex.Message);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("consentguard: cancelled");
            return ExitCodes.BadInput;
        }
        catch (Exception ex)
        {
            stderr.WriteLine($"consentguard: internal error: {ex.GetType().Name}: {ex.Message.Split('\n')[0].Trim()} (set CONSENTGUARD_DEBUG=1 for details)");
            if (Environment.GetEnvironmentVariable("CONSENTGUARD_DEBUG") is { Length: > 0 })
                stderr.WriteLine(ex);
            return ExitCodes.BadInput;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
