using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// Full-name comparisons without building the name: these run for every attribute, call and member the analysis
    /// meets, where <c>ToDisplayString()</c> allocated a string per question.
    /// </summary>
    internal static class SymbolNames
    {
        /// <summary>
        /// True when the symbol's dotted name (containing namespaces and types, as <c>ToDisplayString()</c> writes it for a
        /// non-generic symbol) is <paramref name="fullName"/>. Generic types never match.
        /// </summary>
        public static bool HasFullName(ISymbol? symbol, string fullName)
        {
            var end = fullName.Length;
            for (var current = symbol; current is not null;)
            {
                if (current is INamedTypeSymbol { Arity: > 0 })
                    return false;
                var name = current.Name;
                var start = end - name.Length;
                if (start < 0 || string.CompareOrdinal(fullName, start, name, 0, name.Length) != 0)
                    return false;
                ISymbol? container = current.ContainingType ?? (ISymbol?)current.ContainingNamespace;
                if (container is null or INamespaceSymbol { IsGlobalNamespace: true })
                    return start == 0;
                if (start == 0 || fullName[start - 1] != '.')
                    return false;
                end = start - 1;
                current = container;
            }
            return false;
        }
    }
}
