using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Cli.Inventory;

/// <summary>What <see cref="AuditInventory.Build"/> needs besides the compilation and its diagnostics.</summary>
public sealed class AuditInventoryOptions
{
    /// <summary>The project's name as the report shows it.</summary>
    public required string ProjectName { get; init; }

    /// <summary>Locations are reported relative to this folder (the audited file's).</summary>
    public required string RootDirectory { get; init; }

    /// <summary>The project file, for the report's project list; empty for an in-memory compilation.</summary>
    public string ProjectPath { get; init; } = "";

    public string? TargetFramework { get; init; }

    /// <summary>The project's options (ConsentGuard.txt, .globalconfig), so the model reads what the analyzers read.</summary>
    public AnalyzerOptions? AnalyzerOptions { get; init; }

    /// <summary>
    /// The project's own documents. A syntax tree of the compilation that is not one of them came from a source
    /// generator. Null: every tree is the project's own (an in-memory compilation).
    /// </summary>
    public IReadOnlySet<string>? SourceDocumentPaths { get; init; }

    public static IReadOnlySet<string> PathSet(IEnumerable<string> paths) => new HashSet<string>(paths, StringComparer.Ordinal);
}
