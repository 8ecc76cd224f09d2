using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConsentGuard.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Cli.Inventory;

/// <summary>Turns ConsentGuard's diagnostics into findings, in a stable order (file, line, column, rule).</summary>
internal static class FindingReader
{
    /// <summary>ConsentGuard's own rules, and a crash of one of its analyzers (AD0001 naming it), which leaves code unverified.</summary>
    public static bool IsConsentGuard(Diagnostic diagnostic) =>
        (diagnostic.Id.StartsWith("CG", StringComparison.Ordinal) && diagnostic.Id.Length == 6 && diagnostic.Id.Skip(2).All(char.IsAsciiDigit))
        || (diagnostic.Id == "AD0001" && diagnostic.GetMessage(CultureInfo.InvariantCulture).Contains("ConsentGuard", StringComparison.Ordinal));

    /// <summary>Info-level diagnostics (CG0006: no accessors generated) are suggestions, not findings: they are left out, as in the acceptance scoring.</summary>
    public static IEnumerable<FindingEntry> Read(Compilation compilation, IEnumerable<Diagnostic> diagnostics, SourceLocations locations, string project) =>
        diagnostics
            .Where(d => IsConsentGuard(d) && d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => new FindingEntry(
                project,
                d.Id,
                SeverityName(d.Severity),
                d.Descriptor.Title.ToString(CultureInfo.InvariantCulture),
                d.GetMessage(CultureInfo.InvariantCulture),
                string.IsNullOrEmpty(d.Descriptor.HelpLinkUri) ? null : d.Descriptor.HelpLinkUri,
                locations.Of(d.Location),
                SuppressionReader.Read(d, compilation),
                Property(d, DiagnosticProperties.Purpose),
                Property(d, DiagnosticProperties.Member),
                Property(d, DiagnosticProperties.Origins) is { } origins ? origins.Split(DiagnosticProperties.ListSeparator, StringSplitOptions.RemoveEmptyEntries) : null))
            .OrderBy(f => f.Location.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Location.Line)
            .ThenBy(f => f.Location.Column)
            .ThenBy(f => f.Id, StringComparer.Ordinal);

    /// <summary>A flow finding's baseline key part; only CG0001–CG0003 carry the member and origins.</summary>
    private static string? Property(Diagnostic diagnostic, string name) =>
        diagnostic.Properties.ContainsKey(DiagnosticProperties.Member) && diagnostic.Properties.TryGetValue(name, out var value) ? value : null;

    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
