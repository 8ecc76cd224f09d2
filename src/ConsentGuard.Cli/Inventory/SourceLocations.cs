using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Cli.Inventory;

/// <summary>Turns Roslyn locations into report locations: relative, '/'-separated, 1-based, generated code marked.</summary>
internal sealed class SourceLocations
{
    private readonly string _root;
    private readonly System.Collections.Generic.IReadOnlySet<string>? _sourceDocuments;

    public SourceLocations(string rootDirectory, System.Collections.Generic.IReadOnlySet<string>? sourceDocuments)
    {
        _root = rootDirectory;
        _sourceDocuments = sourceDocuments;
    }

    public SourceLocation Of(ISymbol symbol)
    {
        // Prefer a declaration the user wrote over one a generator added to a partial type.
        var locations = symbol.Locations.Where(l => l.IsInSource).ToList();
        var chosen = locations.FirstOrDefault(l => !IsGenerated(l.SourceTree)) ?? locations.FirstOrDefault();
        return chosen is null ? SourceLocation.None : Of(chosen);
    }

    public SourceLocation Of(SyntaxReference? reference) =>
        reference is null ? SourceLocation.None : Of(reference.SyntaxTree.GetLocation(reference.Span));

    public SourceLocation Of(Location location)
    {
        if (location.Kind is not (LocationKind.SourceFile or LocationKind.ExternalFile))
            return SourceLocation.None;
        // The mapped span honours #line, as the compiler's own messages do.
        var span = location.GetMappedLineSpan();
        if (!span.IsValid)
            span = location.GetLineSpan();
        var path = span.Path is { Length: > 0 } ? Relative(span.Path) : "";
        return new SourceLocation(path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, IsGenerated(location.SourceTree));
    }

    public bool IsGenerated(SyntaxTree? tree) =>
        tree is not null && _sourceDocuments is not null && !_sourceDocuments.Contains(tree.FilePath);

    public string RelativePath(string path) => Relative(path);

    private string Relative(string path)
    {
        if (!Path.IsPathRooted(path) || _root.Length == 0)
            return path.Replace('\\', '/');
        return Path.GetRelativePath(_root, path).Replace('\\', '/');
    }
}
