using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>
    /// The locals of a body written exactly once (their declaration's initializer or one assignment), counting writes in
    /// its lambdas and local functions too. A lambda may run later than it is created (deferred LINQ), so what a bool local
    /// says about consent where the lambda is created holds inside it only when nothing can write the local again.
    /// </summary>
    internal static class LocalWrites
    {
        public static HashSet<ILocalSymbol> AssignedOnce(IOperation? body)
        {
            var counts = new Dictionary<ILocalSymbol, int>(SymbolEqualityComparer.Default);
            void Count(ILocalSymbol local) => counts[local] = counts.TryGetValue(local, out var n) ? n + 1 : 1;

            if (body is not null)
                foreach (var operation in body.DescendantsAndSelf())
                {
                    switch (operation)
                    {
                        case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer() is not null:
                            Count(declarator.Symbol);
                            break;
                        case ILocalReferenceOperation reference when IsWritten(reference):
                            Count(reference.Local);
                            break;
                        case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol declared }:
                            Count(declared);
                            break;
                    }
                }

            var once = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            foreach (var pair in counts)
                if (pair.Value == 1 && !pair.Key.IsRef)
                    once.Add(pair.Key);
            return once;
        }

        /// <summary>A reference that writes the local or lets something else write it (ref/out arguments, address-of, ref aliases).</summary>
        public static bool IsWritten(ILocalReferenceOperation reference)
        {
            if (reference.IsDeclaration)
                return true;
            IOperation child = reference;
            var parent = reference.Parent;
            // A deconstruction writes through the tuple (and nested tuples) on its left.
            while (parent is ITupleOperation)
            {
                child = parent;
                parent = parent.Parent;
            }
            switch (parent)
            {
                case IAssignmentOperation assignment:
                    return assignment.Target == child;
                case IIncrementOrDecrementOperation:
                case IAddressOfOperation:
                    return true;
                case IArgumentOperation argument:
                    return argument.Parameter?.RefKind is RefKind.Ref or RefKind.Out;
                case IVariableInitializerOperation initializer:
                    // `ref bool alias = ref ok;` can write ok later.
                    return initializer.Parent is IVariableDeclaratorOperation { Symbol.IsRef: true };
                default:
                    return false;
            }
        }
    }
}
