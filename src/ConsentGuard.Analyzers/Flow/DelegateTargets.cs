using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>
    /// The functions a delegate value may be (issue #18, shape 1; docs/semantics.md §1.3): a lambda or method group is its own
    /// function; a delegate field, property or field-like event of this compilation may be every lambda or method group assigned
    /// or subscribed to it anywhere in the compilation (its initializer, <c>=</c>, <c>+=</c>, <c>??=</c>, object initializers). That is a sound
    /// over-approximation for a call through it: every function it may hold lends its sinks. A value assigned from something
    /// else (a parameter, a call's result) adds no function: what it holds is not known here.
    /// </summary>
    internal sealed class DelegateTargets
    {
        private readonly ConsentModel _model;
        private readonly ConcurrentDictionary<ISymbol, ImmutableArray<IMethodSymbol>> _stored = new ConcurrentDictionary<ISymbol, ImmutableArray<IMethodSymbol>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, ImmutableArray<IMethodSymbol>> _held = new ConcurrentDictionary<ISymbol, ImmutableArray<IMethodSymbol>>(SymbolEqualityComparer.Default);

        public DelegateTargets(ConsentModel model) => _model = model;

        /// <summary>The function a lambda or method-group value is, under conversions and delegate creations; null for anything else.</summary>
        public static IMethodSymbol? FunctionOf(IOperation value) =>
            value.WithoutConversions() switch
            {
                IDelegateCreationOperation { Target: var target } creation => BoundToReceiver(FunctionOf(target), creation.Type),
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                IFlowAnonymousFunctionOperation lambda => lambda.Symbol,
                IMethodReferenceOperation reference => reference.Method,
                _ => null,
            };

        /// <summary>
        /// An extension method taken with its receiver (<c>Apply(corpus.Train, x)</c>) is a function of the parameters after
        /// <c>this</c>: the delegate has one parameter fewer than the method (and the control-flow graph drops the receiver, the
        /// method being static). Its reduced form is the function the delegate calls; <see cref="DeclaredOrdinal"/> maps back.
        /// </summary>
        private static IMethodSymbol? BoundToReceiver(IMethodSymbol? function, ITypeSymbol? delegateType) =>
            function is { IsExtensionMethod: true, ReducedFrom: null, MethodKind: MethodKind.Ordinary, Parameters.Length: > 0 } method
            && delegateType is INamedTypeSymbol { DelegateInvokeMethod: { } invoke } && invoke.Parameters.Length == method.Parameters.Length - 1
                ? method.ReduceExtensionMethod(method.Parameters[0].Type) ?? method
                : function;

        /// <summary>
        /// The ordinal in <paramref name="function"/>'s declaration (and its summary) of the delegate's parameter <paramref name="ordinal"/>:
        /// an extension method bound to its receiver takes the delegate's parameters from its second one on.
        /// </summary>
        public static int DeclaredOrdinal(IMethodSymbol function, int ordinal) => function.ReducedFrom is null ? ordinal : ordinal + 1;

        /// <summary>The declared parameter that receives the delegate's parameter <paramref name="ordinal"/>; null past the end.</summary>
        public static IParameterSymbol? DeclaredParameter(IMethodSymbol function, int ordinal)
        {
            var declared = function.ReducedFrom ?? function;
            ordinal = DeclaredOrdinal(function, ordinal);
            return ordinal < declared.Parameters.Length ? declared.Parameters[ordinal] : null;
        }

        /// <summary>Whether <paramref name="member"/> is a field or property of a delegate type declared in this compilation.</summary>
        public bool IsStoredDelegate(ISymbol member) =>
            member is IFieldSymbol { Type.TypeKind: TypeKind.Delegate } or IPropertySymbol { Type.TypeKind: TypeKind.Delegate, IsIndexer: false }
                or IEventSymbol { Type.TypeKind: TypeKind.Delegate }
            && SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, _model.Compilation.Assembly)
            && !member.DeclaringSyntaxReferences.IsDefaultOrEmpty;

        /// <summary>Every lambda and method group assigned to the delegate field or property <paramref name="member"/> in this compilation.</summary>
        public ImmutableArray<IMethodSymbol> StoredIn(ISymbol member, CancellationToken cancellationToken)
        {
            member = member.OriginalDefinition;
            if (!IsStoredDelegate(member))
                return ImmutableArray<IMethodSymbol>.Empty;
            return _stored.GetOrAdd(member, m => Find(m, cancellationToken));
        }

        private ImmutableArray<IMethodSymbol> Find(ISymbol member, CancellationToken cancellationToken)
        {
            var found = new List<IMethodSymbol>();
            foreach (var tree in TreesThatMayWrite(member))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!MaySpell(tree, member.Name, cancellationToken))
                    continue;
                var semanticModel = _model.SemanticModelFor(tree);
                foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
                {
                    var value = node switch
                    {
                        AssignmentExpressionSyntax assignment when NameOf(assignment.Left) == member.Name => assignment,
                        VariableDeclaratorSyntax { Initializer: { } initializer } declarator when declarator.Identifier.ValueText == member.Name => initializer.Value,
                        PropertyDeclarationSyntax { Initializer: { } initializer } property when property.Identifier.ValueText == member.Name => initializer.Value,
                        _ => (SyntaxNode?)null,
                    };
                    if (value is null)
                        continue;
                    var operation = semanticModel.GetOperation(value, cancellationToken);
                    switch (operation)
                    {
                        case IAssignmentOperation { Target: IMemberReferenceOperation target } assigned when SymbolEqualityComparer.Default.Equals(target.Member.OriginalDefinition, member):
                            AddFunctions(assigned.Value, found);
                            break;
                        case IAssignmentOperation:
                            break;
                        case IEventAssignmentOperation { EventReference: IEventReferenceOperation target, Adds: true } subscribed
                            when SymbolEqualityComparer.Default.Equals(target.Event.OriginalDefinition, member):
                            AddFunctions(subscribed.HandlerValue, found); // `Posted += Send;`: raising the event calls every handler added
                            break;
                        case IEventAssignmentOperation:
                            break;
                        case { } initializerValue when node is not AssignmentExpressionSyntax && SymbolEqualityComparer.Default.Equals(semanticModel.GetDeclaredSymbol(node, cancellationToken)?.OriginalDefinition, member):
                            AddFunctions(initializerValue, found);
                            break;
                    }
                }
            }
            return found.Distinct<IMethodSymbol>(SymbolEqualityComparer.Default).ToImmutableArray();
        }

        /// <summary>A private member is written only in its type's declarations (nested types included); anything else anywhere.</summary>
        private IEnumerable<SyntaxTree> TreesThatMayWrite(ISymbol member) =>
            member.DeclaredAccessibility == Accessibility.Private
                ? member.ContainingType.DeclaringSyntaxReferences.Select(r => r.SyntaxTree).Distinct()
                : _model.Compilation.SyntaxTrees;

        /// <summary>A tree that never spells the name, not even with a Unicode escape, does not assign it.</summary>
        private static bool MaySpell(SyntaxTree tree, string name, CancellationToken cancellationToken)
        {
            var text = tree.GetText(cancellationToken).ToString();
            return text.IndexOf(name, StringComparison.Ordinal) >= 0 || text.IndexOf("\\u", StringComparison.OrdinalIgnoreCase) >= 0;
        }

        /// <summary>Whether a value of <paramref name="type"/> may be or hold functions: a delegate, or an array or generic container of them.</summary>
        public static bool MayHoldFunctions(ITypeSymbol? type) => type switch
        {
            { TypeKind: TypeKind.Delegate } => true,
            IArrayTypeSymbol array => MayHoldFunctions(array.ElementType),
            INamedTypeSymbol { IsGenericType: true } named => named.TypeArguments.Any(MayHoldFunctions),
            _ => false,
        };

        /// <summary>
        /// Every lambda and method group put into the container <paramref name="container"/> (a local, field or property of an array
        /// or collection of delegates): in its initializer, an assignment to it, an element assignment (<c>handlers["x"] = Send</c>)
        /// or an argument of a call on it (<c>handlers.Add(Send)</c>). An element read from it may be any of them (issue #18,
        /// shape 1); a local is searched in its member, a field or property where it may be written.
        /// </summary>
        public ImmutableArray<IMethodSymbol> HeldIn(ISymbol container, CancellationToken cancellationToken)
        {
            container = container.OriginalDefinition;
            var type = container switch
            {
                ILocalSymbol local => local.Type,
                IFieldSymbol field => field.Type,
                IPropertySymbol { IsIndexer: false } property => property.Type,
                _ => null,
            };
            if (type is null or { TypeKind: TypeKind.Delegate } || !MayHoldFunctions(type) || container.DeclaringSyntaxReferences.IsDefaultOrEmpty
                || !SymbolEqualityComparer.Default.Equals(container.ContainingAssembly, _model.Compilation.Assembly))
                return ImmutableArray<IMethodSymbol>.Empty;
            return _held.GetOrAdd(container, c => FindHeld(c, cancellationToken));
        }

        private ImmutableArray<IMethodSymbol> FindHeld(ISymbol container, CancellationToken cancellationToken)
        {
            var roots = container is ILocalSymbol
                ? container.DeclaringSyntaxReferences.Select(r => EnclosingMember(r.GetSyntax(cancellationToken)))
                : TreesThatMayWrite(container).Where(t => MaySpell(t, container.Name, cancellationToken)).Select(t => t.GetRoot(cancellationToken));
            var found = new List<IMethodSymbol>();
            foreach (var root in roots)
            {
                var semanticModel = _model.SemanticModelFor(root.SyntaxTree);
                bool Names(ExpressionSyntax expression) =>
                    NameOf(expression) == container.Name
                    && SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(expression, cancellationToken).Symbol?.OriginalDefinition, container);
                bool Declares(SyntaxNode declaration) =>
                    SymbolEqualityComparer.Default.Equals(semanticModel.GetDeclaredSymbol(declaration, cancellationToken)?.OriginalDefinition, container);
                foreach (var node in root.DescendantNodes())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    switch (node)
                    {
                        case VariableDeclaratorSyntax { Initializer: { } initializer } declarator when declarator.Identifier.ValueText == container.Name && Declares(declarator):
                            AddHeld(initializer.Value, semanticModel, found, cancellationToken);
                            break;
                        case PropertyDeclarationSyntax { Initializer: { } initializer } property when property.Identifier.ValueText == container.Name && Declares(property):
                            AddHeld(initializer.Value, semanticModel, found, cancellationToken);
                            break;
                        case AssignmentExpressionSyntax assignment when Names(assignment.Left)
                                                                     || assignment.Left is ElementAccessExpressionSyntax element && Names(element.Expression):
                            AddHeld(assignment.Right, semanticModel, found, cancellationToken);
                            break;
                        case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } invocation when Names(access.Expression):
                            foreach (var argument in invocation.ArgumentList.Arguments)
                                AddHeld(argument.Expression, semanticModel, found, cancellationToken);
                            break;
                    }
                }
            }
            return found.Distinct<IMethodSymbol>(SymbolEqualityComparer.Default).ToImmutableArray();
        }

        /// <summary>The member (or, at top level, the statement) a local is declared in: where it can be filled.</summary>
        private static SyntaxNode EnclosingMember(SyntaxNode declaration) =>
            declaration.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? declaration.FirstAncestorOrSelf<GlobalStatementSyntax>() as SyntaxNode ?? declaration.SyntaxTree.GetRoot();

        /// <summary>The functions written anywhere in <paramref name="value"/> (array and collection initializers, arguments), not inside a lambda's body.</summary>
        private static void AddHeld(ExpressionSyntax value, SemanticModel semanticModel, List<IMethodSymbol> found, CancellationToken cancellationToken)
        {
            if (semanticModel.GetOperation(value, cancellationToken) is not { } operation)
                return;
            while (operation.Parent is { } parent && parent.Syntax == value)
                operation = parent; // a lone method group's operation is under its (implicit) delegate creation
            var pending = new Stack<IOperation>();
            pending.Push(operation);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                if (current is IAnonymousFunctionOperation or IDelegateCreationOperation)
                {
                    if (FunctionOf(current) is { } function)
                        found.Add(function);
                    continue;
                }
                foreach (var child in current.ChildOperations)
                    pending.Push(child);
            }
        }

        /// <summary>The functions a value may be: itself, or either branch of <c>?:</c> and <c>??</c>.</summary>
        private static void AddFunctions(IOperation value, List<IMethodSymbol> found)
        {
            switch (value.WithoutConversions())
            {
                case IConditionalOperation conditional:
                    AddFunctions(conditional.WhenTrue, found);
                    if (conditional.WhenFalse is { } whenFalse)
                        AddFunctions(whenFalse, found);
                    break;
                case ICoalesceOperation coalesce:
                    AddFunctions(coalesce.Value, found);
                    AddFunctions(coalesce.WhenNull, found);
                    break;
                default:
                    if (FunctionOf(value) is { } function)
                        found.Add(function);
                    break;
            }
        }

        private static string? NameOf(ExpressionSyntax target) => target switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
