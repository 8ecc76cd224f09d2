using System.Collections.Generic;
using System.Linq;
using ConsentGuard.Cli.Inventory;
using ConsentGuard.Cli.Loading;

namespace ConsentGuard.Cli.CommandLine;

/// <summary><c>consentguard audit &lt;path&gt; [--format markdown|json|sarif|html] [--output FILE] [--fail-on error|warning|none] [--no-restore]</c>.</summary>
public sealed record AuditArguments(string Path, ReportFormat Format, string? Output, FailOn FailOn, bool Restore)
{
    /// <summary>Parses the arguments after the <c>audit</c> command; throws <see cref="AuditInputException"/> with a one-line message.</summary>
    public static AuditArguments Parse(IReadOnlyList<string> args) => From(CliGrammar.Parse(new[] { "audit" }.Concat(args).ToList()));

    internal static AuditArguments From(System.CommandLine.ParseResult result)
    {
        if (CliGrammar.OneLineError(result) is { } error)
            throw new AuditInputException(error);
        return new AuditArguments(result.GetValue(CliGrammar.AuditPath)!, result.GetValue(CliGrammar.Format), result.GetValue(CliGrammar.AuditOutput),
            result.GetValue(CliGrammar.AuditFailOn), !result.GetValue(CliGrammar.NoRestore));
    }
}

/// <summary><c>consentguard baseline &lt;path&gt; [--output FILE] [--no-restore]</c>.</summary>
public sealed record BaselineArguments(string Path, string? Output, bool Restore)
{
    internal static BaselineArguments From(System.CommandLine.ParseResult result)
    {
        if (CliGrammar.OneLineError(result) is { } error)
            throw new AuditInputException(error);
        return new BaselineArguments(result.GetValue(CliGrammar.BaselinePath)!, result.GetValue(CliGrammar.BaselineOutput), !result.GetValue(CliGrammar.NoRestore));
    }
}

/// <summary><c>consentguard diff &lt;base&gt; &lt;head&gt; [--path PROJECT_OR_SLN] [--fail-on …] [--output FILE] [--no-restore]</c>.</summary>
public sealed record DiffArguments(string Base, string Head, string? Path, DiffFailOn FailOn, string? Output, bool Restore)
{
    internal static DiffArguments From(System.CommandLine.ParseResult result)
    {
        if (CliGrammar.OneLineError(result) is { } error)
            throw new AuditInputException(error);
        return new DiffArguments(result.GetValue(CliGrammar.DiffBase)!, result.GetValue(CliGrammar.DiffHead)!, result.GetValue(CliGrammar.DiffPath),
            result.GetValue(CliGrammar.DiffFailOnOption), result.GetValue(CliGrammar.DiffOutput), !result.GetValue(CliGrammar.NoRestore));
    }
}
