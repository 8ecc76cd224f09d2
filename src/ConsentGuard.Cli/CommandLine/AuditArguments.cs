using System;
using System.Collections.Generic;
using ConsentGuard.Cli.Inventory;
using ConsentGuard.Cli.Loading;

namespace ConsentGuard.Cli.CommandLine;

/// <summary>
/// <c>consentguard audit &lt;path&gt; [--format markdown|json|sarif|html] [--output FILE] [--fail-on error|warning|none] [--no-restore]</c>.
/// Parsed by hand: the grammar is one command and four options, and every mistake must end in one line on
/// stderr and exit code 2, which a hand parser guarantees without fighting a library's help output.
/// </summary>
public sealed record AuditArguments(string Path, ReportFormat Format, string? Output, FailOn FailOn, bool Restore)
{
    public const string Usage =
        """
        Usage: consentguard audit <solution.sln|solution.slnx|project.csproj> [options]

        Lists every personal-data member, the purpose x category matrix, sinks, consent checks, cleared
        members, anonymizers, exemptions and ConsentGuard findings of a solution or project.

        Options:
          -f, --format <markdown|json|sarif|html>  Output format (default: markdown).
          -o, --output <file>                      Write the report to a file instead of stdout.
              --fail-on <error|warning|none>       Exit with 1 when an unsuppressed finding is at least this
                                                   severe (default: error).
              --no-restore                         Do not run 'dotnet restore' when a project was never restored.
          -h, --help                               Show this help.
              --version                            Show the tool's version.

        Exit codes: 0 no finding at --fail-on; 1 findings at --fail-on; 2 bad input or a project that does not load.
        """;

    /// <summary>Parses the arguments after the <c>audit</c> command; throws <see cref="AuditInputException"/> with a one-line message.</summary>
    public static AuditArguments Parse(IReadOnlyList<string> args)
    {
        string? path = null, output = null;
        var format = ReportFormat.Markdown;
        var failOn = FailOn.Error;
        var restore = true;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = SplitOption(args[i]);
            string Value() => inlineValue ?? (i + 1 < args.Count ? args[++i] : throw new AuditInputException($"option '{name}' needs a value"));
            switch (name)
            {
                case "-f" or "--format":
                    format = ParseFormat(Value());
                    break;
                case "-o" or "--output":
                    output = Value();
                    break;
                case "--fail-on":
                    failOn = ParseFailOn(Value());
                    break;
                case "--no-restore":
                    restore = false;
                    break;
                default:
                    if (name.StartsWith('-'))
                        throw new AuditInputException($"unknown option '{name}' (see 'consentguard audit --help')");
                    if (path is not null)
                        throw new AuditInputException($"one solution or project at a time: '{path}' and '{name}' were given");
                    path = name;
                    break;
            }
        }
        if (path is null)
            throw new AuditInputException("missing the solution or project to audit: consentguard audit <path>");
        return new AuditArguments(path, format, output, failOn, restore);
    }

    private static (string Name, string? Value) SplitOption(string arg)
    {
        var equals = arg.IndexOf('=');
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 2 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    private static ReportFormat ParseFormat(string value) => value.ToLowerInvariant() switch
    {
        "markdown" or "md" => ReportFormat.Markdown,
        "json" => ReportFormat.Json,
        "sarif" => ReportFormat.Sarif,
        "html" => ReportFormat.Html,
        _ => throw new AuditInputException($"unknown format '{value}': use markdown, json, sarif or html"),
    };

    private static FailOn ParseFailOn(string value) => value.ToLowerInvariant() switch
    {
        "error" => FailOn.Error,
        "warning" => FailOn.Warning,
        "none" => FailOn.None,
        _ => throw new AuditInputException($"unknown --fail-on value '{value}': use error, warning or none"),
    };
}
