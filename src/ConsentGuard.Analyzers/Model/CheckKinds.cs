using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// The shapes a consent check may have (docs/semantics.md §3.1), decided in one place for the model (which ignores a
    /// declared check of any other shape), for ConsentGuard.txt (where a <c>check</c> line naming another shape would
    /// silently protect nothing, so it is CG0010) and for undeclared helpers the analysis reads through.
    /// </summary>
    internal static class CheckKinds
    {
        /// <summary>How a declared check returning <paramref name="returnType"/> answers; null when no check can return it.</summary>
        public static CheckKind? Of(ITypeSymbol returnType)
        {
            if (OfHelper(returnType) is { } plain)
                return plain;
            if (TypeFacts.IsTaskOfBool(returnType))
                return CheckKind.AsyncBoolean;
            if (TypeFacts.IsResultlessTask(returnType))
                return CheckKind.Throwing;
            return null;
        }

        /// <summary>
        /// How an undeclared helper returning <paramref name="returnType"/> can establish consent for its caller: by returning
        /// a check's answer (<c>bool</c>, or <c>Task&lt;bool&gt;</c>/<c>ValueTask&lt;bool&gt;</c> awaited and tested: an async
        /// wrapper of <c>IsGrantedAsync</c>) or by returning at all (<c>void</c>, every other path throws); null for anything else.
        /// The pre-scan's index of helpers and the guard analysis must ask this same question.
        /// </summary>
        public static CheckKind? OfHelper(ITypeSymbol returnType) => returnType.SpecialType switch
        {
            SpecialType.System_Boolean => CheckKind.Boolean,
            SpecialType.System_Void => CheckKind.Throwing,
            _ => TypeFacts.IsTaskOfBool(returnType) ? CheckKind.AsyncBoolean : null,
        };
    }
}
