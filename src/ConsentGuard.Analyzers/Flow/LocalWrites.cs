using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>
    /// How a body writes its locals. A lambda may run later than it is created (deferred LINQ), so what a bool local says
    /// about consent where the lambda is created holds inside it only when nothing can write the local again; and a local
    /// only its own code reads and writes can be followed write by write.
    /// </summary>
    internal sealed class LocalWrites
    {
        private LocalWrites(HashSet<ILocalSymbol> assignedOnce, HashSet<ILocalSymbol> shared, int written, HashSet<IParameterSymbol> reassignedParameters,
                            Dictionary<ILocalSymbol, List<ISymbol>> structFields)
        {
            StructFields = structFields;
            AssignedOnce = assignedOnce;
            Shared = shared;
            Written = written;
            ReassignedParameters = reassignedParameters;
        }

        /// <summary>
        /// Value parameters of the body's own function that it assigns, with no lambda or local function using them and no
        /// reference taken: like locals, they can be followed write by write (<c>text = ""; corpus.Add(text);</c> is clean).
        /// </summary>
        public HashSet<IParameterSymbol> ReassignedParameters { get; }

        /// <summary>
        /// Per local of a value type: the fields and properties the body assigns on it directly (<c>s.Text = …</c>). Each is a
        /// variable of its own, followed write by write (issue #18, shape 8: <c>s.Text = m.Post; s.Text = "x";</c> leaves no
        /// personal data in <c>s.Text</c>); a struct is copied, so nothing else can write that field of that local.
        /// </summary>
        public Dictionary<ILocalSymbol, List<ISymbol>> StructFields { get; }

        /// <summary>How many locals are written at all.</summary>
        public int Written { get; }

        /// <summary>Locals written exactly once in the whole body, lambdas and local functions included.</summary>
        public HashSet<ILocalSymbol> AssignedOnce { get; }

        /// <summary>
        /// Locals that a lambda or local function other than their own uses, or that can be written through a reference
        /// (<c>ref</c> locals, address-of): their order of writes and reads is not the order of the code around them.
        /// </summary>
        public HashSet<ILocalSymbol> Shared { get; }

        public static LocalWrites Of(IOperation? body)
        {
            var counts = new Dictionary<ILocalSymbol, int>(SymbolEqualityComparer.Default);
            var shared = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            var reassigned = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
            var sharedParameters = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);
            var structFields = new Dictionary<ILocalSymbol, List<ISymbol>>(SymbolEqualityComparer.Default);
            void Count(ILocalSymbol local) => counts[local] = counts.TryGetValue(local, out var n) ? n + 1 : 1;

            if (body is not null)
                foreach (var operation in body.DescendantsAndSelf())
                {
                    switch (operation)
                    {
                        case IVariableDeclaratorOperation declarator:
                            if (declarator.GetVariableInitializer() is not null)
                                Count(declarator.Symbol);
                            if (declarator.Symbol.IsRef)
                                shared.Add(declarator.Symbol);
                            break;
                        case ILocalReferenceOperation reference:
                            if (IsWritten(reference))
                                Count(reference.Local);
                            if (reference.Parent is IAddressOfOperation
                                || EnclosingFunction(reference) is { } function && !SymbolEqualityComparer.Default.Equals(function, reference.Local.ContainingSymbol))
                                shared.Add(reference.Local);
                            break;
                        case IAssignmentOperation { Target: IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol { IsIndexer: false }, Instance: ILocalReferenceOperation { Local: { Type.IsValueType: true } owner } } target }:
                            if (!structFields.TryGetValue(owner, out var fields))
                                structFields[owner] = fields = new List<ISymbol>();
                            if (!fields.Contains(target.Member.OriginalDefinition, SymbolEqualityComparer.Default))
                                fields.Add(target.Member.OriginalDefinition);
                            break;
                        case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol declared }:
                            Count(declared);
                            break;
                        case IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter } reference:
                            if (reference.Parent is IAddressOfOperation || IsWritten(reference) && reference.Parent is not IAssignmentOperation
                                || EnclosingFunction(reference) is { } user && !SymbolEqualityComparer.Default.Equals(user, parameter.ContainingSymbol))
                                sharedParameters.Add(parameter);
                            else if (IsWritten(reference))
                                reassigned.Add(parameter);
                            break;
                    }
                }

            var once = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            foreach (var pair in counts)
                if (pair.Value == 1 && !pair.Key.IsRef)
                    once.Add(pair.Key);
            reassigned.ExceptWith(sharedParameters);
            return new LocalWrites(once, shared, counts.Count, reassigned, structFields);
        }

        /// <summary>The lambda or local function a reference is in; null at the top of the body.</summary>
        private static IMethodSymbol? EnclosingFunction(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
                switch (current)
                {
                    case IAnonymousFunctionOperation lambda:
                        return lambda.Symbol;
                    case ILocalFunctionOperation function:
                        return function.Symbol;
                }
            return null;
        }

        /// <summary>A reference that writes the local or lets something else write it (ref/out arguments, address-of, ref aliases).</summary>
        public static bool IsWritten(IOperation reference)
        {
            if (reference is ILocalReferenceOperation { IsDeclaration: true })
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
