using System.IO;
using ConsentGuard.Cli.Inventory;
using ConsentGuard.Cli.Output;
using ConsentGuard.Cli.Tests.Inventory;

namespace ConsentGuard.Cli.Tests.Output;

/// <summary>The report of <see cref="InventorySample"/>, built once for every writer test.</summary>
public sealed class ReportFixture
{
    public AuditReport Report { get; } = AuditReportTests.SampleReportAsync().GetAwaiter().GetResult();

    public string Render(IReportWriter writer)
    {
        using var text = new StringWriter();
        writer.Write(Report, text);
        return text.ToString();
    }
}
