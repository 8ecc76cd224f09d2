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

        public DelegateTargets(ConsentModel model) => _model = model;

        /// <summary>The function a lambda or method-group value is, under conversions and delegate creations; null for anything else.</summary>
        public static IMethodSymbol? FunctionOf(IOperation value) =>
            value.WithoutConversions() switch
            {
                IDelegateCreationOperation { Target: var target } => FunctionOf(target),
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                IFlowAnonymousFunctionOperation lambda => lambda.Symbol,
                IMethodReferenceOperation reference => reference.Method,
                _ => null,
            };

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
            // A private member is written only in its type's declarations (nested types included); anything else anywhere.
            var trees = member.DeclaredAccessibility == Accessibility.Private
                ? member.ContainingType.DeclaringSyntaxReferences.Select(r => r.SyntaxTree).Distinct()
                : _model.Compilation.SyntaxTrees;
            foreach (var tree in trees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var text = tree.GetText(cancellationToken).ToString();
                if (text.IndexOf(member.Name, StringComparison.Ordinal) < 0 && text.IndexOf("\\u", StringComparison.OrdinalIgnoreCase) < 0)
                    continue; // a tree that never spells the name, not even with a Unicode escape, does not assign it
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
