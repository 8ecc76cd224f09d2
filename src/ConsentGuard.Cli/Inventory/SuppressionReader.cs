using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConsentGuard.Cli.Inventory;

/// <summary>
/// Says how a suppressed finding was suppressed and why, as far as the code says:
/// <list type="bullet">
/// <item><c>[SuppressMessage]</c> (also <c>[assembly: SuppressMessage(…, Target = …)]</c>): its Justification;</item>
/// <item>a <see cref="Microsoft.CodeAnalysis.Diagnostics.DiagnosticSuppressor"/>: the suppression's justification;</item>
/// <item><c>#pragma warning disable CG0001 // why</c>: the comment on the pragma's line.</item>
/// </list>
/// </summary>
internal static class SuppressionReader
{
    public const string AttributeKind = "SuppressMessage";
    public const string SuppressorKind = "DiagnosticSuppressor";
    public const string PragmaKind = "pragma";

    /// <summary>Suppressed because ConsentGuard.baseline.json lists it (the <see cref="Analyzers.Analyzers.BaselineSuppressor"/>).</summary>
    public const string BaselineKind = "baseline";

    public static SuppressionEntry? Read(Diagnostic diagnostic, Compilation compilation)
    {
        if (!diagnostic.IsSuppressed)
            return null;
        var info = diagnostic.GetSuppressionInfo(compilation);
        if (info?.Attribute is { } attribute)
            return new SuppressionEntry(AttributeKind, Justification(attribute));
        if (info is { ProgrammaticSuppressions.IsDefaultOrEmpty: false }
            && info.ProgrammaticSuppressions.Any(s => s.Descriptor.Id == Analyzers.Analyzers.BaselineSuppressor.SuppressionIdFor(diagnostic.Id)))
            return new SuppressionEntry(BaselineKind, Analyzers.Analyzers.BaselineSuppressor.Justification);
        if (info is { ProgrammaticSuppressions.IsDefaultOrEmpty: false })
        {
            var reasons = info.ProgrammaticSuppressions.Select(s => s.Descriptor.Justification.ToString(System.Globalization.CultureInfo.InvariantCulture)).Where(j => j.Length > 0).ToList();
            return new SuppressionEntry(SuppressorKind, reasons.Count == 0 ? null : string.Join("; ", reasons));
        }
        return new SuppressionEntry(PragmaKind, PragmaComment(diagnostic));
    }

    private static string? Justification(AttributeData attribute)
    {
        foreach (var argument in attribute.NamedArguments)
            if (argument.Key == "Justification" && argument.Value.Value is string { Length: > 0 } text && !string.IsNullOrWhiteSpace(text))
                return text;
        return null;
    }

    /// <summary>The comment on the line of the last <c>#pragma warning disable</c> before the finding that covers its ID.</summary>
    private static string? PragmaComment(Diagnostic diagnostic)
    {
        if (diagnostic.Location.SourceTree?.GetRoot() is not { } root)
            return null;
        var position = diagnostic.Location.SourceSpan.Start;
        PragmaWarningDirectiveTriviaSyntax? inForce = null;
        foreach (var directive in root.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.PragmaWarningDirectiveTrivia)).Select(t => t.GetStructure()).OfType<PragmaWarningDirectiveTriviaSyntax>())
        {
            if (directive.SpanStart > position)
                break;
            if (!Covers(directive, diagnostic.Id))
                continue;
            inForce = directive.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword) ? directive : null;
        }
        if (inForce is null)
            return null;
        var comment = inForce.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia));
        var text = comment.ToString().TrimStart('/').Trim(); // default trivia (no comment) reads as ""
        return text.Length == 0 ? null : text;
    }

    /// <summary>A pragma without codes covers every ID.</summary>
    private static bool Covers(PragmaWarningDirectiveTriviaSyntax directive, string id) =>
        directive.ErrorCodes.Count == 0
        || directive.ErrorCodes.Any(code => string.Equals(code.ToString().Trim(), id, StringComparison.OrdinalIgnoreCase));
}
