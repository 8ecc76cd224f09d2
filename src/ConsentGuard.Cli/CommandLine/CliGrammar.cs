using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Linq;
using ConsentGuard.Cli.Inventory;
using ConsentGuard.Cli.Loading;

namespace ConsentGuard.Cli.CommandLine;

/// <summary>
/// The grammar of <c>consentguard</c>, in System.CommandLine: the commands <c>audit</c>, <c>baseline</c> and <c>diff</c>,
/// their options, help and version. Parse errors become one line (<see cref="OneLineError"/>), thrown as
/// <see cref="AuditInputException"/> so every mistake ends with exit code 2, as before the library.
/// </summary>
internal static class CliGrammar
{
    public static readonly Argument<string> AuditPath = new("path") { Description = "The solution (.sln, .slnx) or C# project (.csproj) to audit, or a folder holding one.", Arity = ArgumentArity.ZeroOrOne };
    public static readonly Option<ReportFormat> Format = new("--format", "-f") { Description = "Output format: markdown, json, sarif or html.", DefaultValueFactory = _ => ReportFormat.Markdown, CustomParser = ParseFormat, HelpName = "markdown|json|sarif|html" };
    public static readonly Option<string?> AuditOutput = new("--output", "-o") { Description = "Write the report to a file instead of stdout.", HelpName = "file" };
    public static readonly Option<FailOn> AuditFailOn = new("--fail-on") { Description = "Exit with 1 when an unsuppressed finding is at least this severe.", DefaultValueFactory = _ => FailOn.Error, CustomParser = ParseFailOn, HelpName = "error|warning|none" };
    public static readonly Option<bool> NoRestore = new("--no-restore") { Description = "Do not run 'dotnet restore' when a project was never restored." };

    public static readonly Argument<string> BaselinePath = new("path") { Description = "The solution or project whose current findings become the baseline.", Arity = ArgumentArity.ZeroOrOne };
    public static readonly Option<string?> BaselineOutput = new("--output", "-o") { Description = "Where to write the baseline (default: ConsentGuard.baseline.json next to the solution or project).", HelpName = "file" };

    public static readonly Argument<string> DiffBase = new("base") { Description = "The base: an audit JSON file, or a git revision of --path.", Arity = ArgumentArity.ZeroOrOne };
    public static readonly Argument<string> DiffHead = new("head") { Description = "The head: an audit JSON file, or a git revision of --path.", Arity = ArgumentArity.ZeroOrOne };
    public static readonly Option<string?> DiffPath = new("--path") { Description = "The solution or project (inside a git repository) audited at each revision.", HelpName = "project-or-sln" };
    public static readonly Option<DiffFailOn> DiffFailOnOption = new("--fail-on") { Description = "Exit with 1 when the head adds personal data, a purpose, or a finding.", DefaultValueFactory = _ => DiffFailOn.None, CustomParser = ParseDiffFailOn, HelpName = "new-personal-data|new-purpose|new-finding|none" };
    public static readonly Option<string?> DiffOutput = new("--output", "-o") { Description = "Write the markdown to a file instead of stdout.", HelpName = "file" };

    public static Command Audit { get; } = new("audit", "Lists every personal-data member, the purpose x category matrix, sinks, consent checks, cleared members, anonymizers, exemptions and ConsentGuard findings of a solution or project. Exit codes: 0 no finding at --fail-on; 1 findings at --fail-on; 2 bad input or a project that does not load.")
    {
        AuditPath, Format, AuditOutput, AuditFailOn, NoRestore,
    };

    public static Command Baseline { get; } = new("baseline", "Writes the current CG0001-CG0003 findings to ConsentGuard.baseline.json; added to the project as an additional file, it suppresses exactly those findings. Exit codes: 0 written; 2 bad input.")
    {
        BaselinePath, BaselineOutput, NoRestore,
    };

    public static Command Diff { get; } = new("diff", "Compares the privacy inventory of two audits (JSON files or git revisions) and prints markdown for a pull request. Exit codes: 0 nothing at --fail-on; 1 the head adds what --fail-on names; 2 bad input.")
    {
        DiffBase, DiffHead, DiffPath, DiffFailOnOption, DiffOutput, NoRestore,
    };

    /// <summary>A plain command named for the tool (a RootCommand would take the executable's name, ConsentGuard.Cli under <c>dotnet exec</c>).</summary>
    public static Command Root { get; } = new("consentguard", "The record of processing of a C# code base (audit), its baseline for adoption (baseline) and its privacy diff for pull requests (diff).")
    {
        Audit, Baseline, Diff, new HelpOption(), new VersionOption(),
    };

    public static ParseResult Parse(IReadOnlyList<string> args) => Root.Parse(args);

    /// <summary>Null when the command line parsed; else the first problem as one line, in this tool's words.</summary>
    public static string? OneLineError(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var helpOrVersion = IsHelpOrVersion(result);
        if (ReferenceEquals(command, Root) && !helpOrVersion && result.UnmatchedTokens.Count == 0)
            return "missing the command: consentguard audit|baseline|diff (see 'consentguard --help')";
        if (result.UnmatchedTokens.FirstOrDefault() is { } unmatched)
        {
            if (ReferenceEquals(command, Root))
                return $"unknown command '{unmatched}': the commands are audit, baseline and diff (see 'consentguard --help')";
            if (unmatched.StartsWith('-'))
                return $"unknown option '{unmatched}' (see 'consentguard {command.Name} --help')";
            return ReferenceEquals(command, Diff)
                ? $"diff compares two sides: '{unmatched}' is a third"
                : $"one solution or project at a time: '{result.GetValue(command == Audit ? AuditPath : BaselinePath)}' and '{unmatched}' were given";
        }
        foreach (var error in result.Errors)
        {
            if (error.SymbolResult is OptionResult { Tokens.Count: 0 } option && option.Option.ValueType != typeof(bool))
                return $"option '{option.Option.Name}' needs a value";
            return error.Message.Replace('\n', ' ').Trim();
        }
        if (ReferenceEquals(command, Audit) && result.GetValue(AuditPath) is null && !helpOrVersion)
            return "missing the solution or project to audit: consentguard audit <path>";
        if (ReferenceEquals(command, Baseline) && result.GetValue(BaselinePath) is null && !helpOrVersion)
            return "missing the solution or project: consentguard baseline <path>";
        if (ReferenceEquals(command, Diff) && result.GetValue(DiffHead) is null && !helpOrVersion)
            return "diff needs two sides: consentguard diff <base> <head> (audit JSON files or git revisions)";
        return null;
    }

    /// <summary>Whether the parse asks for help or the version (their actions print and exit 0).</summary>
    public static bool IsHelpOrVersion(ParseResult result) => result.Errors.Count == 0 && result.Action is not null;

    private static ReportFormat ParseFormat(ArgumentResult result)
    {
        var value = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
        switch (value.ToLowerInvariant())
        {
            case "markdown" or "md": return ReportFormat.Markdown;
            case "json": return ReportFormat.Json;
            case "sarif": return ReportFormat.Sarif;
            case "html": return ReportFormat.Html;
            default:
                result.AddError($"unknown format '{value}': use markdown, json, sarif or html");
                return ReportFormat.Markdown;
        }
    }

    private static FailOn ParseFailOn(ArgumentResult result)
    {
        var value = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
        switch (value.ToLowerInvariant())
        {
            case "error": return FailOn.Error;
            case "warning": return FailOn.Warning;
            case "none": return FailOn.None;
            default:
                result.AddError($"unknown --fail-on value '{value}': use error, warning or none");
                return FailOn.Error;
        }
    }

    private static DiffFailOn ParseDiffFailOn(ArgumentResult result)
    {
        var value = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value;
        switch (value.ToLowerInvariant())
        {
            case "new-personal-data": return DiffFailOn.NewPersonalData;
            case "new-purpose": return DiffFailOn.NewPurpose;
            case "new-finding": return DiffFailOn.NewFinding;
            case "none": return DiffFailOn.None;
            default:
                result.AddError($"unknown --fail-on value '{value}': use new-personal-data, new-purpose, new-finding or none");
                return DiffFailOn.None;
        }
    }
}

/// <summary>What makes <c>consentguard diff</c> exit with 1.</summary>
public enum DiffFailOn
{
    None,
    NewPersonalData,
    NewPurpose,
    NewFinding,
}
