using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>
    /// Which summaries can matter, before any is computed: a per-compilation index of the source bodies the analysis follows
    /// into, each with what its bound operations can produce on their own, closed over the callees and storage they read.
    /// <list type="bullet">
    /// <item><b>Personal data</b> (<see cref="MayYieldPersonalData"/>): a callee given nothing personal contributes to its caller
    /// only what it reads of its own (declared personal members, parameters and types, <c>[ConsentCleared]</c> values, private
    /// storage written with such data, callees that do the same); a callee that can read none returns nothing personal, puts
    /// nothing in its out-arguments or the objects it fills, and its summary is not computed.</item>
    /// <item><b>Private storage</b> (<see cref="StorageMayHoldPersonalData"/>): a private field or auto-property holds what its
    /// type's bodies write to it, so it can hold personal data only when one of the bodies that mention it can see some.</item>
    /// <item><b>Consent</b> (<see cref="MayEstablishConsent"/>): an undeclared helper establishes a purpose for its callers only
    /// through a check, a constant condition or result (which establishes everything on the edge that cannot be taken), or a
    /// helper that does; one with none of these establishes nothing, and its guard analysis is not run.</item>
    /// </list>
    /// Unlike <see cref="SinkReach"/>'s syntax index, this one reads bound operations: whether a value is personal depends on
    /// its type (<c>var</c>, generic instantiations, a library's members returning a personal type), which syntax does not show.
    /// The operations come from the compilation's semantic models (already bound for the driver); no control flow graph is
    /// built and no body analysis runs. Each body is walked once; a question is a reachability search over the walked bodies,
    /// answered "no" for every body it visited when it fails. Every test over-approximates: "may" keeps a summary, never drops one.
    /// </summary>
    internal sealed class PersonalReach
    {
        private readonly ConsentModel _model;
        private readonly FlowSummaries _summaries;
        private readonly ConcurrentDictionary<ISymbol, BodyFacts> _bodies = new ConcurrentDictionary<ISymbol, BodyFacts>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, Dictionary<ISymbol, List<ISymbol>>> _writers = new ConcurrentDictionary<ITypeSymbol, Dictionary<ISymbol, List<ISymbol>>>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<Node, bool> _data = new ConcurrentDictionary<Node, bool>();
        private readonly ConcurrentDictionary<Node, bool> _consent = new ConcurrentDictionary<Node, bool>();

        public PersonalReach(ConsentModel model, FlowSummaries summaries)
        {
            _model = model;
            _summaries = summaries;
        }

        /// <summary>Bodies walked so far (for tests: a body is walked once, however often it is asked about).</summary>
        public int BodiesIndexed => _bodies.Count;

        /// <summary>
        /// Whether <paramref name="method"/> (a source method the analysis summarizes, as normalized by
        /// <see cref="FlowSummaries.SummaryOf"/>) may return, write to out/ref parameters or fill arguments with personal data
        /// that its callers did not give it.
        /// </summary>
        public bool MayYieldPersonalData(IMethodSymbol method) => Reaches(Node.Body(method), _data, consent: false);

        /// <summary>Whether the private field or auto-property <paramref name="storage"/> may hold personal data (its type's writes).</summary>
        public bool StorageMayHoldPersonalData(ISymbol storage) => Reaches(Node.Storage(storage.OriginalDefinition), _data, consent: false);

        /// <summary>
        /// The members of <paramref name="type"/> that may write personal data into its private storage: those that write
        /// storage which may hold personal data. Only their bodies can add to what <see cref="FlowSummaries.FieldTaint"/> answers
        /// for such storage (and other storage is answered "nothing" without them).
        /// </summary>
        public IEnumerable<ISymbol> WritersOfPersonalStorage(ITypeSymbol type)
        {
            var writers = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var pair in WritersIn(type))
                if (StorageMayHoldPersonalData(pair.Key))
                    writers.UnionWith(pair.Value);
            return type.GetMembers().Where(writers.Contains); // in declaration order, as the analysis went before
        }

        /// <summary>Whether the body of <paramref name="member"/> mentions any of <paramref name="storage"/>.</summary>
        public bool Mentions(ISymbol member, ICollection<ISymbol> storage) => FactsOf(member).Storage.Any(storage.Contains);

        /// <summary>Whether <paramref name="method"/>'s summary may say it establishes consent, on return of true or on any return.</summary>
        public bool MayEstablishConsent(IMethodSymbol method) => Reaches(Node.Body(method), _consent, consent: true);

        private bool Reaches(Node start, ConcurrentDictionary<Node, bool> answers, bool consent)
        {
            if (answers.TryGetValue(start, out var known))
                return known;
            var visited = new HashSet<Node>();
            var pending = new Stack<Node>();
            pending.Push(start);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                if (!visited.Add(node))
                    continue;
                if (answers.TryGetValue(node, out var answer))
                {
                    if (answer)
                        return answers[start] = true;
                    continue; // everything it reaches was found to carry nothing
                }
                if (Direct(node, consent))
                {
                    answers[node] = true;
                    return answers[start] = true;
                }
                foreach (var next in Successors(node, consent))
                    if (!visited.Contains(next))
                        pending.Push(next);
            }
            // The search saw everything each visited node reaches: none of them can.
            foreach (var node in visited)
                answers[node] = false;
            return false;
        }

        private bool Direct(Node node, bool consent)
        {
            if (node.IsStorage)
                return _model.GetPersonalData(node.Symbol) is not null || !_model.GetTypeOrigins(StorageType(node.Symbol)).IsEmpty;
            var facts = FactsOf(node.Symbol);
            return consent ? facts.MayEstablish : facts.Personal;
        }

        private IEnumerable<Node> Successors(Node node, bool consent)
        {
            if (node.IsStorage)
            {
                // What storage holds comes from the bodies of its type that write it.
                if (node.Symbol.ContainingType is { } type && WritersIn(type.OriginalDefinition).TryGetValue(node.Symbol, out var writers))
                    foreach (var writer in writers)
                        yield return Node.Body(writer);
                yield break;
            }
            var facts = FactsOf(node.Symbol);
            if (consent)
            {
                foreach (var helper in facts.Helpers)
                    yield return Node.Body(helper);
                yield break;
            }
            foreach (var callee in facts.Callees)
                yield return Node.Body(callee);
            foreach (var storage in facts.Storage)
                yield return Node.Storage(storage);
        }

        private static ITypeSymbol? StorageType(ISymbol storage) => storage switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            _ => null,
        };

        /// <summary>Per private storage of <paramref name="type"/>: the members whose bodies may write it.</summary>
        private Dictionary<ISymbol, List<ISymbol>> WritersIn(ITypeSymbol type) => _writers.GetOrAdd(type, t =>
        {
            var writers = new Dictionary<ISymbol, List<ISymbol>>(SymbolEqualityComparer.Default);
            foreach (var member in t.GetMembers())
                foreach (var storage in FactsOf(member).WrittenStorage)
                {
                    if (!writers.TryGetValue(storage, out var list))
                        writers[storage] = list = new List<ISymbol>();
                    list.Add(member);
                }
            return writers;
        });

        private BodyFacts FactsOf(ISymbol member) => _bodies.GetOrAdd(member, Walk);

        /// <summary>One walk over a member's bound bodies (with their lambdas and local functions).</summary>
        private BodyFacts Walk(ISymbol member)
        {
            var method = member as IMethodSymbol;
            var facts = new BodyFacts { ReturnsByReference = method is { ReturnsByRef: true } or { ReturnsByRefReadonly: true } };
            if (method is not null && (_model.GetPersonalData(method) is not null || !_model.GetTypeOrigins(method.ReturnType).IsEmpty
                || method.Parameters.Any(p => p.RefKind is RefKind.Out or RefKind.Ref && !_model.GetTypeOrigins(p.Type).IsEmpty)))
                facts.Personal = true;
            foreach (var root in _summaries.BodyRoots(member))
                foreach (var operation in root.DescendantsAndSelf())
                {
                    if (!facts.Personal && IsPersonalSource(operation))
                        facts.Personal = true;
                    if (!facts.MayEstablish && MayEstablishHere(operation))
                        facts.MayEstablish = true;
                    AddEdges(operation, facts);
                }
            return facts;
        }

        /// <summary>An operation whose value the body analysis makes personal by declaration alone (SPEC §5 sources).</summary>
        private bool IsPersonalSource(IOperation operation)
        {
            if (operation.Type is { } type && !_model.GetTypeOrigins(type).IsEmpty)
                return true;
            return operation switch
            {
                IMemberReferenceOperation member => _model.GetPersonalData(member.Member) is not null
                    || member.Member is IMethodSymbol referenced && !_model.GetClearedPurposes(referenced).IsEmpty,
                IParameterReferenceOperation parameter => _model.GetPersonalData(parameter.Parameter) is not null,
                IInvocationOperation invocation => _model.GetPersonalData(invocation.TargetMethod) is not null || !_model.GetClearedPurposes(invocation.TargetMethod).IsEmpty,
                _ => false,
            };
        }

        /// <summary>
        /// What can make a guard state other than "nothing" (<see cref="GuardAnalysis"/>, <see cref="ConsentChecks"/>): a check, or a
        /// constant condition or result (<c>while (true)</c>, <c>return false</c>, <c>default</c>, a null <c>bool?</c>), which
        /// establishes everything on the edge that cannot be taken, or a throw (a function that only throws never returns, so
        /// everything holds after a call to it: <see cref="GuardAnalysis"/>).
        /// </summary>
        private bool MayEstablishHere(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => _model.GetCheck(invocation.TargetMethod) is not null,
            IThrowOperation => true,
            IDefaultValueOperation defaultValue => TypeFacts.IsBoolLike(defaultValue.Type),
            _ => operation.ConstantValue is { HasValue: true } constant && (constant.Value is bool || constant.Value is null && TypeFacts.IsBoolLike(operation.Type)),
        };

        private void AddEdges(IOperation operation, BodyFacts facts)
        {
            switch (operation)
            {
                case IInvocationOperation invocation:
                    if (Followed(invocation.TargetMethod) is { } callee)
                    {
                        facts.Callees.Add(callee);
                        if (CheckKinds.OfHelper(invocation.TargetMethod.ReturnType) is not null)
                            facts.Helpers.Add(callee);
                    }
                    break;
                case IMethodReferenceOperation reference when Followed(reference.Method) is { } target:
                    facts.Callees.Add(target); // a method group whose results or effects the analysis takes from its summary
                    break;
                case IPropertyReferenceOperation property:
                    if (property.Property.GetMethod is { } getter && Followed(getter) is { } followedGetter)
                        facts.Callees.Add(followedGetter);
                    AddStorage(property, facts);
                    break;
                case IFieldReferenceOperation field:
                    AddStorage(field, facts);
                    break;
                case IFieldInitializerOperation initializer:
                    foreach (var initialized in initializer.InitializedFields)
                        AddWrittenStorage(initialized, facts);
                    break;
                case IPropertyInitializerOperation initializer:
                    foreach (var initialized in initializer.InitializedProperties)
                        AddWrittenStorage(initialized, facts);
                    break;
                case IForEachLoopOperation loop when loop.Collection.WithoutConversions().Type is { } collection:
                    // The graph lowers a foreach into calls of the collection's GetEnumerator, MoveNext and Current.
                    foreach (var getEnumerator in collection.GetMembers("GetEnumerator").OfType<IMethodSymbol>())
                    {
                        if (Followed(getEnumerator) is { } followed)
                            facts.Callees.Add(followed);
                        foreach (var current in getEnumerator.ReturnType.GetMembers("Current").OfType<IPropertySymbol>())
                            if (current.GetMethod is { } currentGetter && Followed(currentGetter) is { } followedCurrent)
                                facts.Callees.Add(followedCurrent);
                    }
                    break;
            }
        }

        private void AddStorage(IMemberReferenceOperation reference, BodyFacts facts)
        {
            var member = reference.Member;
            if (!FlowSummaries.IsTrackedStorage(member) || !InThisCompilation(member))
                return;
            facts.Storage.Add(member.OriginalDefinition);
            if (IsWritten(reference, facts.ReturnsByReference))
                facts.WrittenStorage.Add(member.OriginalDefinition);
        }

        /// <summary>Storage an initializer writes without naming it (<c>private readonly string _text = text;</c>).</summary>
        private void AddWrittenStorage(ISymbol member, BodyFacts facts)
        {
            if (!FlowSummaries.IsTrackedStorage(member) || !InThisCompilation(member))
                return;
            facts.Storage.Add(member.OriginalDefinition);
            facts.WrittenStorage.Add(member.OriginalDefinition);
        }

        /// <summary>
        /// Whether the body analysis may record a write to the storage <paramref name="reference"/> names (see
        /// <c>BodyAnalysis.WriteRoot</c>): as an assignment's or increment's target, or as the root of a mutation through it
        /// (a call on it with arguments, a member or element of it assigned, an argument that a callee may fill), by reference, or
        /// through an alias the analysis may follow (a local initialized with it, a conditional access).
        /// A plain read (<c>_writer.Flush()</c>, <c>Types.Contains(t)</c>'s instance, a return, a condition) is no write.
        /// </summary>
        private static bool IsWritten(IOperation reference, bool returnsByReference)
        {
            var node = reference;
            while (true)
            {
                var parent = node.Parent;
                switch (parent)
                {
                    case IConversionOperation:
                    case ICoalesceOperation:
                    case IConditionalOperation:
                    case ISwitchExpressionArmOperation:
                    case ISwitchExpressionOperation:
                    case IMemberReferenceOperation { Instance: var instance } when instance == node:
                    case IArrayElementReferenceOperation { ArrayReference: var array } when array == node:
                        node = parent;
                        continue;
                    case IInvocationOperation invocation when invocation.Instance == node:
                        if (invocation.Arguments.Length > 0)
                            return true;
                        node = parent; // a fluent call's result is its receiver (`_sb.Clear().Append(x)`)
                        continue;
                    case IAssignmentOperation assignment:
                        return assignment.Target == node;
                    case IReturnOperation:
                        return returnsByReference;
                    case IIncrementOrDecrementOperation:
                    case IConditionalAccessOperation:
                    case IArgumentOperation:
                    case ITupleOperation:
                    case IDeclarationExpressionOperation:
                    case IVariableInitializerOperation:
                    case IDynamicMemberReferenceOperation:
                    case IDynamicInvocationOperation:
                    case IDynamicIndexerAccessOperation:
                        return true; // by reference, deconstructed into, aliased, or dynamic: count it as written
                    default:
                        return false;
                }
            }
        }

        /// <summary>The definition whose summary the analysis would compute for a call of <paramref name="method"/>, or null.</summary>
        private IMethodSymbol? Followed(IMethodSymbol method)
        {
            if (method.MethodKind == MethodKind.LocalFunction)
                return null; // part of the body walked
            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            definition = definition.PartialImplementationPart ?? definition;
            return FlowSummaries.MayHaveSummary(definition) && InThisCompilation(definition) ? definition : null;
        }

        private bool InThisCompilation(ISymbol symbol) => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _model.Compilation.Assembly);

        private sealed class BodyFacts
        {
            public bool ReturnsByReference { get; set; }

            public bool Personal { get; set; }

            public bool MayEstablish { get; set; }

            public HashSet<IMethodSymbol> Callees { get; } = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);

            /// <summary>Callees that return bool or nothing: only those can be helper checks (<see cref="ConsentChecks"/>).</summary>
            public HashSet<IMethodSymbol> Helpers { get; } = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);

            /// <summary>Tracked storage the body mentions (reads, and may write).</summary>
            public HashSet<ISymbol> Storage { get; } = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

            /// <summary>Tracked storage the body may write (<see cref="IsWritten"/>).</summary>
            public HashSet<ISymbol> WrittenStorage { get; } = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        }

        private readonly struct Node : System.IEquatable<Node>
        {
            private Node(ISymbol symbol, bool isStorage)
            {
                Symbol = symbol;
                IsStorage = isStorage;
            }

            public ISymbol Symbol { get; }

            public bool IsStorage { get; }

            public static Node Body(ISymbol member) => new Node(member, isStorage: false);

            public static Node Storage(ISymbol storage) => new Node(storage, isStorage: true);

            public bool Equals(Node other) => IsStorage == other.IsStorage && SymbolEqualityComparer.Default.Equals(Symbol, other.Symbol);

            public override bool Equals(object? obj) => obj is Node other && Equals(other);

            public override int GetHashCode() => SymbolEqualityComparer.Default.GetHashCode(Symbol) * 2 + (IsStorage ? 1 : 0);
        }
    }
}
