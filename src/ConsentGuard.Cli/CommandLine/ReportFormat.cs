namespace ConsentGuard.Cli.CommandLine;

public enum ReportFormat
{
    Markdown,
    Json,
    Sarif,
    Html,
}
