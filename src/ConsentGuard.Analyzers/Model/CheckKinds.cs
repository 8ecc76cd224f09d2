using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// The shapes a consent check may have (docs/semantics.md §3.1), decided in one place for the model (which ignores a
    /// declared check of any other shape) and for ConsentGuard.txt (where a <c>check</c> line naming another shape would
    /// silently protect nothing, so it is CG0010).
    /// </summary>
    internal static class CheckKinds
    {
        /// <summary>How a check returning <paramref name="returnType"/> answers; null when no check can return it.</summary>
        public static CheckKind? Of(ITypeSymbol returnType, WellKnownTypes types)
        {
            if (returnType.SpecialType == SpecialType.System_Boolean)
                return CheckKind.Boolean;
            if (returnType.SpecialType == SpecialType.System_Void)
                return CheckKind.Throwing;
            if (returnType is INamedTypeSymbol named)
            {
                if (named.IsGenericType && named.TypeArguments.Length == 1 && named.TypeArguments[0].SpecialType == SpecialType.System_Boolean
                    && (SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, types.TaskOfT) || SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, types.ValueTaskOfT)))
                    return CheckKind.AsyncBoolean;
                if (!named.IsGenericType && named.Name is "Task" or "ValueTask" && named.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks")
                    return CheckKind.Throwing;
            }
            return null;
        }
    }
}
