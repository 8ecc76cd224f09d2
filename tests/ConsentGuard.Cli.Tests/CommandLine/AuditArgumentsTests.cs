using ConsentGuard.Cli.CommandLine;
using ConsentGuard.Cli.Inventory;
using ConsentGuard.Cli.Loading;

namespace ConsentGuard.Cli.Tests.CommandLine;

public sealed class AuditArgumentsTests
{
    [Fact]
    public void Defaults_are_markdown_to_stdout_failing_on_errors_with_restore()
    {
        Assert.Equal(new AuditArguments("App.sln", ReportFormat.Markdown, null, FailOn.Error, Restore: true), AuditArguments.Parse(new[] { "App.sln" }));
    }

    [Theory]
    [InlineData("App.csproj --format json --output out.json --fail-on warning --no-restore")]
    [InlineData("--format=JSON -o out.json --fail-on=warning App.csproj --no-restore")]
    public void Options_take_separate_or_inline_values_in_any_order(string commandLine)
    {
        Assert.Equal(new AuditArguments("App.csproj", ReportFormat.Json, "out.json", FailOn.Warning, Restore: false), AuditArguments.Parse(commandLine.Split(' ')));
    }

    [Theory]
    [InlineData("App.sln --format pdf", "unknown format 'pdf'")]
    [InlineData("App.sln --fail-on sometimes", "unknown --fail-on value 'sometimes'")]
    [InlineData("App.sln --colour", "unknown option '--colour'")]
    [InlineData("App.sln --output", "option '--output' needs a value")]
    [InlineData("", "missing the solution or project")]
    [InlineData("A.sln B.sln", "one solution or project at a time")]
    public void Mistakes_are_one_line_input_errors(string commandLine, string expected)
    {
        var args = commandLine.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
        var error = Assert.Throws<AuditInputException>(() => AuditArguments.Parse(args));
        Assert.StartsWith(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
