using System;
using System.Collections.Immutable;
using System.Linq;
using System.Globalization;
using System.Reflection;
using ConsentGuard.Cli.Inventory;
using ConsentGuard.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Cli.Analysis;

/// <summary>
/// The analyzers of the ConsentGuard.Analyzers assembly this tool ships with, found by
/// reflection so a new rule is audited without touching the CLI.
/// </summary>
internal static class ConsentGuardComponents
{
    private static readonly Assembly AnalyzerAssembly = typeof(DiagnosticDescriptors).Assembly;

    public static ImmutableArray<DiagnosticAnalyzer> CreateAnalyzers() =>
        AnalyzerAssembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>Every rule ConsentGuard can report, by ID: for SARIF's rule metadata and the report's rule list.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Rules { get; } = AnalyzerAssembly.GetTypes()
        .Where(t => t.IsClass && t.IsAbstract && t.IsSealed) // static classes
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .Concat(CreateAnalyzers().SelectMany(a => a.SupportedDiagnostics))
        .DistinctBy(d => d.Id)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary><see cref="Rules"/> as the report lists them.</summary>
    public static ImmutableArray<RuleEntry> RuleEntries { get; } = Rules
        .Select(d => new RuleEntry(
            d.Id,
            d.Title.ToString(CultureInfo.InvariantCulture),
            d.Description.ToString(CultureInfo.InvariantCulture),
            FindingReader.SeverityName(d.DefaultSeverity),
            d.Category,
            string.IsNullOrEmpty(d.HelpLinkUri) ? null : d.HelpLinkUri))
        .ToImmutableArray();
}
