using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Configuration
{
    /// <summary>
    /// The return types a consent check may have (docs/semantics.md §3.1). ConsentModel ignores a declared check of any other
    /// shape, so a <c>check</c> line naming one would silently protect nothing: it is CG0010 instead.
    /// </summary>
    internal static class CheckShapes
    {
        public static bool IsCheckShaped(IMethodSymbol method)
        {
            var type = method.ReturnType;
            if (type.SpecialType is SpecialType.System_Boolean or SpecialType.System_Void)
                return true;
            if (type is not INamedTypeSymbol { Name: "Task" or "ValueTask" } named || named.ContainingNamespace?.ToDisplayString() != "System.Threading.Tasks")
                return false;
            return !named.IsGenericType || named.TypeArguments.Length == 1 && named.TypeArguments[0].SpecialType == SpecialType.System_Boolean;
        }
    }
}
