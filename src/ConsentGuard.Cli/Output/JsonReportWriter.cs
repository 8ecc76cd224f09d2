using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ConsentGuard.Cli.Inventory;

namespace ConsentGuard.Cli.Output;

/// <summary>
/// The report as JSON, following docs/audit-schema.json (<c>schemaVersion</c> says which). The inventory
/// records are the contract: camelCase names, nulls written out, nothing else added.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Reports are read by people too: keep "×", quotes and apostrophes in messages readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Write(AuditReport report, TextWriter output)
    {
        output.Write(JsonSerializer.Serialize(report, Options));
        output.WriteLine();
    }
}
