using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConsentGuard.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Model
{
    // What is a sink: parameters, assigned members, types, and sinks conditioned on a call's arguments.
    internal sealed partial class ConsentModel
    {
        private readonly ConcurrentDictionary<ISymbol, PurposeSet> _sinks = new ConcurrentDictionary<ISymbol, PurposeSet>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, ImmutableArray<ConditionalSink>> _conditionalSinks = new ConcurrentDictionary<ISymbol, ImmutableArray<ConditionalSink>>(SymbolEqualityComparer.Default);

        /// <summary>Purposes an argument passed for <paramref name="parameter"/> is used for.</summary>
        public PurposeSet GetParameterSinkPurposes(IParameterSymbol parameter) =>
            CannotDeclare(parameter) ? PurposeSet.Empty : _sinks.GetOrAdd(parameter.OriginalDefinition, ComputeParameterSink);

        private PurposeSet ComputeParameterSink(ISymbol symbol)
        {
            var parameter = (IParameterSymbol)symbol;
            // An indexer's parameter (as arguments name it) is the same as its accessors' parameter.
            if (parameter.ContainingSymbol is IPropertySymbol { } owner && (owner.GetMethod ?? owner.SetMethod) is { } accessor
                && parameter.Ordinal < accessor.Parameters.Length)
                parameter = accessor.Parameters[parameter.Ordinal];
            var purposes = new List<string>();
            if (parameter.ContainingSymbol is IMethodSymbol method)
            {
                foreach (var declaringMethod in Declarations(method).OfType<IMethodSymbol>())
                {
                    purposes.AddRange(AttributeReader.Purposes(declaringMethod, Types.ConsentSink));
                    purposes.AddRange(External.SinkPurposesOf(declaringMethod));
                    if (parameter.Ordinal < declaringMethod.Parameters.Length)
                        purposes.AddRange(AttributeReader.Purposes(declaringMethod.Parameters[parameter.Ordinal], Types.ConsentSink));
                    if (declaringMethod.AssociatedSymbol is IPropertySymbol indexer && indexer.IsIndexer)
                        purposes.AddRange(AttributeReader.Purposes(indexer, Types.ConsentSink));
                    if (IsReachableThroughTypeSink(declaringMethod))
                        purposes.AddRange(TypeSinkPurposes(declaringMethod.ContainingType));
                }
            }
            return PurposeSet.Of(purposes);
        }

        private static bool IsReachableThroughTypeSink(IMethodSymbol method) =>
            method.DeclaredAccessibility == Accessibility.Public || method.ContainingType?.TypeKind == TypeKind.Interface
                ? method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.PropertySet or MethodKind.PropertyGet
                    && !(method.MethodKind == MethodKind.PropertyGet && method.AssociatedSymbol is IPropertySymbol { IsIndexer: false })
                : false;

        private IEnumerable<string> TypeSinkPurposes(INamedTypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var purpose in AttributeReader.Purposes(current, Types.ConsentSink))
                    yield return purpose;
                foreach (var purpose in External.SinkPurposesOf(current))
                    yield return purpose;
            }
            if (type is not null)
                foreach (var iface in type.AllInterfaces)
                    foreach (var purpose in AttributeReader.Purposes(iface, Types.ConsentSink).Concat(External.SinkPurposesOf(iface)))
                        yield return purpose;
        }

        /// <summary>
        /// Purposes an argument passed for <paramref name="parameter"/> is used for in this call only: sinks declared
        /// with a condition on the call's arguments (<c>sink … when purpose=FineTune</c>), met or not decidable.
        /// </summary>
        public PurposeSet GetConditionalSinkPurposes(IParameterSymbol parameter, ImmutableArray<IArgumentOperation> arguments)
        {
            if (External.IsEmpty || parameter.ContainingSymbol is not IMethodSymbol method)
                return PurposeSet.Empty;
            var sinks = GetConditionalSinks(method);
            if (sinks.IsEmpty)
                return PurposeSet.Empty;
            List<string>? purposes = null;
            foreach (var sink in sinks)
                if (sink.Condition.Evaluate(arguments, node => SemanticModelFor(node.SyntaxTree).GetOperation(node)) != ConditionResult.NotMet)
                    (purposes ??= new List<string>()).Add(sink.Purpose);
            return purposes is null ? PurposeSet.Empty : PurposeSet.Of(purposes);
        }

        /// <summary>The conditioned sinks of <paramref name="method"/>, declared on it or on a member it overrides or implements.</summary>
        public ImmutableArray<ConditionalSink> GetConditionalSinks(IMethodSymbol method) =>
            External.IsEmpty ? ImmutableArray<ConditionalSink>.Empty
                : _conditionalSinks.GetOrAdd(DeclarationIdResolver.Normalize(method), m => Declarations(m).OfType<IMethodSymbol>().SelectMany(d => (IEnumerable<ConditionalSink>)External.ConditionalSinksOf(d)).ToImmutableArray());

        /// <summary>Purposes a value assigned to <paramref name="member"/> (a property or field) is used for.</summary>
        public PurposeSet GetAssignmentSinkPurposes(ISymbol member) =>
            CannotDeclare(member) ? PurposeSet.Empty : _sinks.GetOrAdd(member.OriginalDefinition, ComputeAssignmentSink);

        private PurposeSet ComputeAssignmentSink(ISymbol member)
        {
            var purposes = new List<string>();
            foreach (var declaration in Declarations(member))
            {
                purposes.AddRange(AttributeReader.Purposes(declaration, Types.ConsentSink));
                purposes.AddRange(External.SinkPurposesOf(declaration));
                if (declaration is IPropertySymbol { SetMethod: { } setter } && !declaration.IsStatic
                    && (setter.DeclaredAccessibility == Accessibility.Public || declaration.ContainingType?.TypeKind == TypeKind.Interface))
                    purposes.AddRange(TypeSinkPurposes(declaration.ContainingType));
            }
            return PurposeSet.Of(purposes);
        }
    }
}
