using System.IO;
using ConsentGuard.Cli.CommandLine;
using ConsentGuard.Cli.Inventory;

namespace ConsentGuard.Cli.Output;

/// <summary>Renders an <see cref="AuditReport"/> in one format.</summary>
public interface IReportWriter
{
    void Write(AuditReport report, TextWriter output);
}

public static class ReportWriters
{
    public static IReportWriter For(ReportFormat format) => format switch
    {
        ReportFormat.Json => new JsonReportWriter(),
        ReportFormat.Sarif => new SarifReportWriter(),
        ReportFormat.Html => new HtmlReportWriter(),
        _ => new MarkdownReportWriter(),
    };
}
