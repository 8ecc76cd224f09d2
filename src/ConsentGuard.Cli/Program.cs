using System;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Cli.CommandLine;
using ConsentGuard.Cli.Loading;
using System.CommandLine;

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
            var parsed = CliGrammar.Parse(args);
            if (CliGrammar.OneLineError(parsed) is { } error)
                throw new AuditInputException(error);
            if (CliGrammar.IsHelpOrVersion(parsed))
                return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellation.Token).ConfigureAwait(false);
            var command = parsed.CommandResult.Command;
            if (ReferenceEquals(command, CliGrammar.Baseline))
                return await new BaselineCommand(stdout, stderr).RunAsync(BaselineArguments.From(parsed), cancellation.Token).ConfigureAwait(false);
            if (ReferenceEquals(command, CliGrammar.Diff))
                return await new DiffCommand(stdout, stderr).RunAsync(DiffArguments.From(parsed), cancellation.Token).ConfigureAwait(false);
            return await new AuditCommand(stdout, stderr).RunAsync(AuditArguments.From(parsed), cancellation.Token).ConfigureAwait(false);
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
