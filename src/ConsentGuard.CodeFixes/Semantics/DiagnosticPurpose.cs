using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.CodeFixes.Semantics
{
    /// <summary>Reads what the analyzers put into a diagnostic's properties for the fixes.</summary>
    internal static class DiagnosticPurpose
    {
        /// <summary>The purpose of a CG0001/CG0002/CG0003 sink; null when absent or not a usable purpose name (then no fix is offered).</summary>
        public static string? Of(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(DiagnosticProperties.Purpose, out var purpose) && ConsentModel.IsWellFormedPurpose(purpose)
                ? purpose
                : null;

        /// <summary>The origins a CG0002 names as not declaring the purpose, as messages spell them (<c>Member.Email</c>).</summary>
        public static string[] UndeclaredOrigins(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(DiagnosticProperties.UndeclaredOrigins, out var joined) && !string.IsNullOrEmpty(joined)
                ? joined!.Split(DiagnosticProperties.ListSeparator)
                : System.Array.Empty<string>();
    }
}
