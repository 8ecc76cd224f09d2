using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>
    /// What a source method does with personal data, as seen by its callers. Its taints may hold parameter
    /// placeholders and clearance markers (<see cref="PurposeSet.ParameterMarker"/>): a call site instantiates
    /// them with its own arguments (<see cref="Instantiate"/>).
    /// </summary>
    internal sealed class MethodSummary
    {
        public static readonly MethodSummary Nothing = new MethodSummary(Taint.Empty, ImmutableDictionary<int, PurposeSet>.Empty,
            ImmutableDictionary<int, Taint>.Empty, PurposeSet.Empty, PurposeSet.Empty, ImmutableDictionary<int, Taint>.Empty,
            ImmutableDictionary<int, ImmutableArray<Taint>>.Empty, ImmutableDictionary<ISymbol, Taint>.Empty, ImmutableDictionary<ISymbol, Taint>.Empty);

        public MethodSummary(Taint returned, ImmutableDictionary<int, PurposeSet> parameterSinks, ImmutableDictionary<int, Taint> outParameters,
                             PurposeSet impliedWhenReturningTrue, PurposeSet establishedOnExit, ImmutableDictionary<int, Taint> filledParameters,
                             ImmutableDictionary<int, ImmutableArray<Taint>> invokedParameters, ImmutableDictionary<ISymbol, Taint> receiverWrites,
                             ImmutableDictionary<ISymbol, Taint> filledMembers)
        {
            FilledMembers = filledMembers;
            ReceiverWrites = receiverWrites;
            InvokedParameters = invokedParameters;
            Returned = returned;
            ParameterSinks = parameterSinks;
            OutParameters = outParameters;
            FilledParameters = filledParameters;
            ImpliedWhenReturningTrue = impliedWhenReturningTrue;
            EstablishedOnExit = establishedOnExit;
        }

        /// <summary>What the method returns: personal data read inside, and placeholders of parameters whose data it returns.</summary>
        public Taint Returned { get; }

        /// <summary>
        /// True when the body has no reachable normal exit (<c>=> throw null!</c>, a stub standing for a library): what it returns
        /// is not known from it, so a call's result is judged as a library call's is (SPEC §5: personal when an argument or the
        /// receiver is); its sinks and what it writes before throwing still count (issue #18, probe17).
        /// </summary>
        public bool NeverReturns { get; private set; }

        /// <summary>This summary, for a body that never returns normally.</summary>
        public MethodSummary NeverReturning() =>
            new MethodSummary(Returned, ParameterSinks, OutParameters, ImpliedWhenReturningTrue, EstablishedOnExit, FilledParameters,
                              InvokedParameters, ReceiverWrites, FilledMembers) { NeverReturns = true };

        /// <summary>True when the method may return personal data of its own (not only what it was given).</summary>
        public bool ReturnsOwnData => Returned.Facts.Any(f => !f.Origin.IsParameterPlaceholder);

        /// <summary>Per parameter ordinal: purposes its value reaches a sink for, inside, without a check (the call site is then a sink).</summary>
        public ImmutableDictionary<int, PurposeSet> ParameterSinks { get; }

        /// <summary>Per out/ref parameter ordinal: what the method writes there.</summary>
        public ImmutableDictionary<int, Taint> OutParameters { get; }

        public Taint OutParameterTaint(int ordinal) => OutParameters.TryGetValue(ordinal, out var taint) ? taint : Taint.Empty;

        /// <summary>Per parameter ordinal: what the method puts into the object passed there (<c>sb.AppendLine(m.Headline)</c>, <c>list.Add(…)</c>, <c>row.Text = …</c>).</summary>
        public ImmutableDictionary<int, Taint> FilledParameters { get; }

        /// <summary>
        /// The members, along each path written, through which <see cref="FilledParameters"/> were filled (<c>o.Plain.Text = m.Post</c>:
        /// <c>Plain</c> and <c>Text</c>): the caller's object holds the data in those members only, not in its others (issue #18).
        /// </summary>
        public ImmutableDictionary<ISymbol, Taint> FilledMembers { get; }

        /// <summary>
        /// Per delegate parameter ordinal: what the method passes to it when it calls it (<c>Apply(Action&lt;T&gt; a, T x) => a(x)</c>),
        /// per position of the delegate's parameters. A call site that hands it a known function judges that function's sinks
        /// against these values (issue #18, shape 1).
        /// </summary>
        public ImmutableDictionary<int, ImmutableArray<Taint>> InvokedParameters { get; }

        /// <summary>
        /// What the method writes into members of its receiver that are not private storage (<c>public void SetElem(string e) => Elem = e;</c>):
        /// a call on an object its caller does not follow makes those members personal there (issue #18, shape 2).
        /// </summary>
        public ImmutableDictionary<ISymbol, Taint> ReceiverWrites { get; }

        /// <summary>True when the method passes personal data of its own to a delegate parameter (<c>foreach (var m in _members) a(m.Post);</c>).</summary>
        public bool PassesOwnDataToDelegates => InvokedParameters.Values.Any(passed => passed.Any(t => t.Facts.Any(f => !f.Origin.IsParameterPlaceholder)));

        /// <summary>Purposes consent is established for whenever the method returns true (a helper check).</summary>
        public PurposeSet ImpliedWhenReturningTrue { get; }

        /// <summary>Purposes consent is established for whenever the method returns normally (a helper that throws without consent).</summary>
        public PurposeSet EstablishedOnExit { get; }

        public PurposeSet SinkPurposesOf(int ordinal) => ParameterSinks.TryGetValue(ordinal, out var purposes) ? purposes : PurposeSet.Empty;

        /// <summary>
        /// A summary taint at a call site: a parameter placeholder becomes that argument's data (cleared for what the
        /// callee established), and data read from a parameter or <c>this</c> is cleared as far as the caller's
        /// argument or receiver was ("clearance travels like personal data itself").
        /// </summary>
        public static Taint Instantiate(Taint summary, System.Func<int, Taint> argument, Taint receiver, PurposeSet established)
        {
            var result = Taint.Empty;
            foreach (var fact in summary.Facts)
            {
                var cleared = fact.Cleared.WithoutMarkers().Union(established);
                if (fact.Origin.IsParameterPlaceholder)
                {
                    result = result.Union(argument(fact.Origin.ParameterOrdinal).ClearedFor(cleared));
                    continue;
                }
                foreach (var marker in fact.Cleared.Markers)
                {
                    var source = marker == PurposeSet.ThisMarker ? receiver
                        : int.TryParse(marker.Substring(2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ordinal) ? argument(ordinal)
                        : Taint.Empty;
                    cleared = cleared.Union(source.CommonClearance());
                }
                result = result.Union(Taint.Of(new Fact(fact.Origin, cleared)));
            }
            return result;
        }
    }

    /// <summary>
    /// Interprocedural summaries, computed on demand and cached per compilation: what source methods
    /// return, which of their parameters reach sinks, which helpers are checks, and what private fields
    /// of a type hold. Recursion ends at members already being summarized; depth is bounded.
    /// Virtual members are never summarized: callers rely on declared attributes only.
    /// </summary>
    internal sealed class FlowSummaries
    {
        private static readonly ConditionalWeakTable<ConsentModel, FlowSummaries> Instances = new ConditionalWeakTable<ConsentModel, FlowSummaries>();

        private readonly ConsentModel _model;
        private readonly SummaryCache<IMethodSymbol, MethodSummary> _methods = new SummaryCache<IMethodSymbol, MethodSummary>(SymbolEqualityComparer.Default);
        private readonly SummaryCache<ITypeSymbol, ImmutableDictionary<ISymbol, Taint>> _fields = new SummaryCache<ITypeSymbol, ImmutableDictionary<ISymbol, Taint>>(SymbolEqualityComparer.Default);
        private readonly SummaryCache<IMethodSymbol, (PurposeSet WhenTrue, PurposeSet OnExit)> _guards = new SummaryCache<IMethodSymbol, (PurposeSet, PurposeSet)>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, HashSet<ISymbol>> _keptStorage = new ConcurrentDictionary<ITypeSymbol, HashSet<ISymbol>>(SymbolEqualityComparer.Default);
        private readonly SummaryCache<ITypeSymbol, ImmutableDictionary<ISymbol, PurposeSet>> _storageSinks = new SummaryCache<ITypeSymbol, ImmutableDictionary<ISymbol, PurposeSet>>(SymbolEqualityComparer.Default);

        private readonly PersonalReach _reach;

        private FlowSummaries(ConsentModel model)
        {
            _model = model;
            Enabled = model.InterproceduralEnabled;
            _reach = new PersonalReach(model, this);
            Delegates = new DelegateTargets(model);
        }

        /// <summary>The functions delegate fields and properties of this compilation may hold.</summary>
        public DelegateTargets Delegates { get; }

        /// <summary>What the summaries computed and what the gates spared (for tests and benchmarks); set by the analyzer.</summary>
        public FlowWork? Work { get; set; }

        /// <summary>The index that says which summaries can matter (<see cref="PersonalReach"/>).</summary>
        internal PersonalReach Reach => _reach;

        public static FlowSummaries For(ConsentModel model) => Instances.GetValue(model, m => new FlowSummaries(m));

        /// <summary>Off (<c>consentguard.interprocedural = false</c>): every call is treated by its declared attributes alone.</summary>
        public bool Enabled { get; }

        /// <summary>True for methods whose body, in this compilation, decides what a call does.</summary>
        public static bool MayHaveSummary(IMethodSymbol method)
        {
            if (method.IsAbstract || method.IsExtern || method.DeclaringSyntaxReferences.IsDefaultOrEmpty)
                return false;
            if ((method.IsVirtual || method.IsOverride) && !method.IsSealed && method.ContainingType?.IsSealed != true)
                return false;
            return method.MethodKind is MethodKind.Ordinary or MethodKind.Constructor or MethodKind.PropertyGet or MethodKind.PropertySet
                or MethodKind.StaticConstructor or MethodKind.ReducedExtension or MethodKind.UserDefinedOperator or MethodKind.Conversion;
        }

        /// <summary>
        /// False for a source method of another compilation: the IDE and MSBuildWorkspace reference a project's
        /// project references as compilations, whose bodies cannot be read here; the build sees them as metadata.
        /// </summary>
        private bool IsInThisCompilation(ISymbol symbol) =>
            SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, _model.Compilation.Assembly);

        /// <summary>The source definition a call of <paramref name="method"/> is summarized by, or null when it has none here.</summary>
        private IMethodSymbol? Followed(IMethodSymbol method)
        {
            if (!Enabled)
                return null;
            method = (method.ReducedFrom ?? method).OriginalDefinition;
            if (method.PartialImplementationPart is { } implementation)
                method = implementation;
            return MayHaveSummary(method) && IsInThisCompilation(method) ? method : null;
        }

        /// <summary>
        /// Whether a call of <paramref name="method"/> that is given nothing personal may still yield personal data (returned,
        /// written to out/ref arguments, put into arguments): only then is its summary worth computing for that.
        /// </summary>
        public bool MayYieldPersonalData(IMethodSymbol method)
        {
            if (Followed(method) is not { } definition)
                return false;
            if (_methods.ContainsKey(definition) || _reach.MayYieldPersonalData(definition))
                return true;
            Work?.SummarySpared();
            return false;
        }

        /// <summary>
        /// What the undeclared helper <paramref name="method"/> establishes when it returns true / returns at all (for
        /// <see cref="ConsentChecks"/>); null when it establishes nothing. A helper that reaches no check and no impossible
        /// path (<see cref="PersonalReach.MayEstablishConsent"/>) establishes nothing, and is not summarized for it.
        /// </summary>
        public (PurposeSet WhenTrue, PurposeSet OnExit)? HelperGuards(IMethodSymbol method, AnalysisStack stack)
        {
            if (Followed(method) is not { } definition)
                return null;
            if (_methods.TryRecall(definition, stack, out var summary))
                return (summary.ImpliedWhenReturningTrue, summary.EstablishedOnExit);
            if (_guards.TryRecall(definition, stack, out var known))
                return known;
            if (!_reach.MayEstablishConsent(definition))
            {
                Work?.SummarySpared();
                return null;
            }
            // Only the guard analysis of the helper's graph: its callers need nothing else of it (same recursion bounds as SummaryOf).
            if (Enter(definition, stack) is not { } frame)
                return null;
            Work?.GuardsOnlyComputed();
            var guards = (PurposeSet.Empty, PurposeSet.Empty);
            foreach (var root in BodyRoots(definition))
                if (TryCreateGraph(root) is { } graph)
                {
                    var analysis = GuardAnalysis.OfBody(graph, definition, _model, this, frame, frame.CancellationToken);
                    guards = (analysis.ImpliedWhenReturningTrue, analysis.EstablishedOnExit);
                    break;
                }
            return _guards.Keep(definition, guards, frame);
        }

        /// <summary>
        /// The frame to summarize <paramref name="function"/> (or a fact of a whole type) in; null when it is recursive (the
        /// request marked truncated), too deep or over budget (the request marked with that limit, reported as CG0012).
        /// </summary>
        private AnalysisStack? Enter(ISymbol function, AnalysisStack stack)
        {
            if (stack.Contains(function))
            {
                stack.MarkTruncated();
                return null;
            }
            if (stack.Depth >= AnalysisStack.MaxDepth)
            {
                CutShort(function, stack, AnalysisStack.DepthLimit);
                return null;
            }
            var frame = stack.Push(function);
            if (frame.TrySpend())
                return frame;
            CutShort(function, stack, AnalysisStack.BudgetLimit);
            return null;
        }

        /// <summary>
        /// A limit kept <paramref name="function"/> from being followed: the request is unverified (CG0012) when following it
        /// could have found something, that is when the index says it may yield personal data or use an argument at a sink;
        /// a helper that can do neither loses nothing by being judged on its declarations.
        /// </summary>
        private void CutShort(ISymbol function, AnalysisStack stack, string limit)
        {
            if (function is IMethodSymbol { MethodKind: not MethodKind.AnonymousFunction } method
                && !_reach.MayYieldPersonalData(method) && !SinkReach.Of(_model).CalleeMayReachSink(method))
                stack.MarkTruncated();
            else
                stack.MarkLimit(limit);
        }

        /// <summary>The summary of <paramref name="method"/>, or null when it has none (no body here, virtual, recursive, too deep).</summary>
        public MethodSummary? SummaryOf(IMethodSymbol method, AnalysisStack stack)
        {
            if (Followed(method) is not { } followed)
                return null;
            method = followed;
            if (_methods.TryRecall(method, stack, out var cached))
                return cached;
            if (Enter(method, stack) is not { } frame)
                return null;
            Work?.SummaryComputed();
            var summary = Compute(method, frame) ?? MethodSummary.Nothing;
            return _methods.Keep(method, summary, frame);
        }

        private readonly SummaryCache<SyntaxNode, MethodSummary> _functions = new SummaryCache<SyntaxNode, MethodSummary>(EqualityComparer<SyntaxNode>.Default);

        /// <summary>
        /// The summary of a lambda declared in another body (one a delegate field or property may hold: <see cref="DelegateTargets"/>),
        /// analyzed on its own: what it captures from its body is not known here, its parameters are followed as a method's are.
        /// </summary>
        public MethodSummary? FunctionSummary(IMethodSymbol function, AnalysisStack stack)
        {
            if (!Enabled || function.MethodKind != MethodKind.AnonymousFunction || function.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(stack.CancellationToken) is not { } syntax
                || !_model.Compilation.ContainsSyntaxTree(syntax.SyntaxTree))
                return null;
            if (_functions.TryRecall(syntax, stack, out var cached))
                return cached;
            if (Enter(function, stack) is not { } frame)
                return null;
            var operation = _model.SemanticModelFor(syntax.SyntaxTree).GetOperation(syntax, frame.CancellationToken);
            while (operation?.Parent is { } parent)
                operation = parent;
            if (operation is null || TryCreateGraph(operation) is not { } root || FunctionGraph(root, syntax, frame.CancellationToken) is not { } found)
                return null;
            Work?.SummaryComputed();
            var summary = BodyAnalysis.Run(_model, this, found.Symbol, found.Graph, BodyAnalysisMode.Summarize, frame, frame.CancellationToken).ToSummary();
            return _functions.Keep(syntax, summary, frame);
        }

        /// <summary>The graph of the lambda written at <paramref name="syntax"/>, among <paramref name="graph"/>'s lambdas and local functions at any depth.</summary>
        private static (ControlFlowGraph Graph, IMethodSymbol Symbol)? FunctionGraph(ControlFlowGraph graph, SyntaxNode syntax, CancellationToken cancellationToken)
        {
            foreach (var localFunction in graph.LocalFunctions)
                if (FunctionGraph(graph.GetLocalFunctionControlFlowGraph(localFunction, cancellationToken), syntax, cancellationToken) is { } inLocal)
                    return inLocal;
            foreach (var block in graph.Blocks)
                foreach (var operation in block.Operations.Concat(block.BranchValue is { } branch ? new[] { branch } : Array.Empty<IOperation>()))
                    foreach (var lambda in operation.DescendantsAndSelf().OfType<IFlowAnonymousFunctionOperation>())
                    {
                        var lambdaGraph = graph.GetAnonymousFunctionControlFlowGraph(lambda, cancellationToken);
                        if (lambda.Syntax == syntax)
                            return (lambdaGraph, lambda.Symbol);
                        if (FunctionGraph(lambdaGraph, syntax, cancellationToken) is { } inLambda)
                            return inLambda;
                    }
            return null;
        }

        private MethodSummary? Compute(IMethodSymbol method, AnalysisStack stack)
        {
            foreach (var root in BodyRoots(method, stack.CancellationToken))
            {
                var graph = TryCreateGraph(root);
                if (graph is null)
                    continue;
                var result = BodyAnalysis.Run(_model, this, method, graph, BodyAnalysisMode.Summarize, stack, stack.CancellationToken).ToSummary();
                return graph.Blocks[graph.Blocks.Length - 1].IsReachable ? result : result.NeverReturning();
            }
            return null;
        }

        /// <summary>
        /// For the pre-scan (<see cref="PersonalDataScan"/>): whether the private field or auto-property <paramref name="storage"/>
        /// may hold personal data. What it holds comes from its type's own bodies, so when none of them can carry personal data
        /// (by the pre-scan of each) it holds none, and the type's bodies are not analyzed for it: most types are such, and
        /// analyzing every body of every type whose fields a body reads (services' repositories and loggers) cost more than
        /// the bodies that matter.
        /// </summary>
        public bool StorageMayHoldPersonalData(ISymbol storage) =>
            TrackedStorageType(storage) is not null && !FieldTaint(storage, AnalysisStack.Empty).IsEmpty;

        /// <summary>The type whose bodies write <paramref name="member"/>, when it is storage whose content is followed here.</summary>
        private INamedTypeSymbol? TrackedStorageType(ISymbol member) =>
            Enabled && IsTrackedStorage(member) && IsInThisCompilation(member) ? member.ContainingType : null;

        /// <summary>What the private field or auto-property <paramref name="member"/> may hold: every personal write to it in its type.</summary>
        public Taint FieldTaint(ISymbol member, AnalysisStack stack)
        {
            if (TrackedStorageType(member) is not { } type)
                return Taint.Empty;
            if (!_fields.ContainsKey(type.OriginalDefinition) && !_reach.StorageMayHoldPersonalData(member))
            {
                Work?.FieldWriteReadSpared();
                return Taint.Empty;
            }
            var writes = PerType(_fields, type.OriginalDefinition, stack, ComputeFieldWrites);
            return writes.TryGetValue(member.OriginalDefinition, out var taint) ? taint : Taint.Empty;
        }

        /// <summary>
        /// A fact about a whole type (what its storage holds, which of it reaches a sink), computed from all its members
        /// once: recursion through the type and depth end the computation with nothing, and a result cut short is not
        /// cached below the outermost request.
        /// </summary>
        private ImmutableDictionary<ISymbol, T> PerType<T>(SummaryCache<ITypeSymbol, ImmutableDictionary<ISymbol, T>> cache, INamedTypeSymbol type,
                                                                AnalysisStack stack, Func<INamedTypeSymbol, AnalysisStack, ImmutableDictionary<ISymbol, T>> compute)
        {
            if (cache.TryRecall(type, stack, out var known))
                return known;
            if (Enter(type, stack) is not { } frame)
                return ImmutableDictionary<ISymbol, T>.Empty;
            return cache.Keep(type, compute(type, frame), frame);
        }

        /// <summary>
        /// Purposes each parameter of a constructor, instance method or setter reaches a sink for through the type's storage:
        /// kept in a private field or auto-property (<c>_text = text;</c>, <c>_pending.Add(text)</c>) or captured as a
        /// primary-constructor parameter, and sent to a sink without consent by another member
        /// (<c>public void Execute() => corpus.Add(_text);</c>). The <c>new</c>, the call or the assignment is then the sink
        /// (issue #18, probe17: the batching helper that queues in one member and flushes in another).
        /// </summary>
        public ImmutableDictionary<int, PurposeSet> StoredArgumentSinks(IMethodSymbol storer, AnalysisStack stack)
        {
            if (!Enabled || storer.IsStatic || storer.ContainingType is not { } type || !IsInThisCompilation(storer))
                return ImmutableDictionary<int, PurposeSet>.Empty;
            // What the member keeps first: one that keeps no parameter has no storage sink, and its type is not probed.
            var kept = _parametersKept.GetOrAdd(storer.OriginalDefinition, ParametersKept);
            if (kept.Count == 0)
                return ImmutableDictionary<int, PurposeSet>.Empty;
            var sinks = StorageSinksOf(type.OriginalDefinition, stack);
            if (sinks.IsEmpty)
                return ImmutableDictionary<int, PurposeSet>.Empty;
            var result = new Dictionary<int, PurposeSet>();
            foreach (var (ordinal, storage) in kept)
                if (sinks.TryGetValue(storage.OriginalDefinition, out var purposes))
                    result[ordinal] = result.TryGetValue(ordinal, out var known) ? known.Union(purposes) : purposes;
            return result.ToImmutableDictionary();
        }

        /// <summary>
        /// The storage each parameter of <paramref name="definition"/> is kept in: captured as a primary-constructor parameter,
        /// or stored into a field or auto-property in the constructor or in initializers (<c>private readonly string _text = text;</c>).
        /// </summary>
        private List<(int Ordinal, ISymbol Storage)> ParametersKept(IMethodSymbol definition)
        {
            var kept = new List<(int, ISymbol)>();
            var constructor = definition.MethodKind == MethodKind.Constructor;
            if (constructor && definition.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax))
                foreach (var parameter in definition.Parameters)
                    kept.Add((parameter.Ordinal, parameter)); // captured primary-constructor parameters
            var type = definition.ContainingType;
            var roots = constructor ? BodyRoots(definition).Concat(type.GetMembers().Where(m => m is IFieldSymbol or IPropertySymbol).SelectMany(m => BodyRoots(m)))
                : BodyRoots(definition);
            foreach (var root in roots)
                foreach (var operation in root.DescendantsAndSelf())
                {
                    ISymbol? target = operation switch
                    {
                        ISimpleAssignmentOperation { Target: IFieldReferenceOperation { Instance: null or IInstanceReferenceOperation } field } => field.Field,
                        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: null or IInstanceReferenceOperation } property } => property.Property,
                        IFieldInitializerOperation { InitializedFields.Length: 1 } initializer => initializer.InitializedFields[0],
                        IPropertyInitializerOperation { InitializedProperties.Length: 1 } initializer => initializer.InitializedProperties[0],
                        // `_pending.Add(text)`: a collection of the object's own keeps what is added to it.
                        IArgumentOperation { Parent: IInvocationOperation { Instance: IMemberReferenceOperation { Instance: null or IInstanceReferenceOperation, Member: IFieldSymbol or IPropertySymbol } collection } } => collection.Member,
                        _ => null,
                    };
                    var value = operation switch
                    {
                        IAssignmentOperation assignment => assignment.Value.WithoutConversions(),
                        ISymbolInitializerOperation initializer => initializer.Value.WithoutConversions(),
                        IArgumentOperation argument => argument.Value.WithoutConversions(),
                        _ => null,
                    };
                    if (target is not null && value is IParameterReferenceOperation { Parameter: var stored }
                        && SymbolEqualityComparer.Default.Equals(stored.ContainingSymbol.OriginalDefinition, definition))
                        kept.Add((stored.Ordinal, target));
                }
            return kept;
        }

        /// <summary>
        /// The storage any constructor, instance method or setter of <paramref name="type"/> keeps a parameter in: the only
        /// storage whose sinks are asked for.
        /// </summary>
        private HashSet<ISymbol> KeptStorage(INamedTypeSymbol type) => _keptStorage.GetOrAdd(type, t => new HashSet<ISymbol>(
            ((INamedTypeSymbol)t).GetMembers().OfType<IMethodSymbol>().Where(m => !m.IsImplicitlyDeclared && m.Parameters.Length > 0)
                .SelectMany(m => _parametersKept.GetOrAdd(m.OriginalDefinition, ParametersKept)).Select(k => k.Storage.OriginalDefinition),
            SymbolEqualityComparer.Default));

        private readonly ConcurrentDictionary<IMethodSymbol, List<(int Ordinal, ISymbol Storage)>> _parametersKept =
            new ConcurrentDictionary<IMethodSymbol, List<(int Ordinal, ISymbol Storage)>>(SymbolEqualityComparer.Default);

        /// <summary>Which storage of <paramref name="type"/> its members (other than constructors) send to a sink without consent.</summary>
        private ImmutableDictionary<ISymbol, PurposeSet> StorageSinksOf(INamedTypeSymbol type, AnalysisStack stack) =>
            PerType(_storageSinks, type, stack, ComputeStorageSinks);

        private ImmutableDictionary<ISymbol, PurposeSet> ComputeStorageSinks(INamedTypeSymbol type, AnalysisStack frame)
        {
            var sinks = new Dictionary<ISymbol, PurposeSet>(SymbolEqualityComparer.Default);
            // Only storage a constructor keeps a parameter in is asked about: a member that reads none of it is not probed
            // (a captured primary-constructor parameter is not indexed as storage: then every member is).
            var kept = KeptStorage(type);
            var everyMember = kept.Any(k => k is IParameterSymbol);
            foreach (var member in type.GetMembers())
            {
                frame.CancellationToken.ThrowIfCancellationRequested();
                if (member is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } || member is not IMethodSymbol)
                    continue;
                if (!everyMember && !_reach.Mentions(member, kept))
                {
                    Work?.StorageProbeSpared();
                    continue;
                }
                foreach (var root in BodyRoots(member, frame.CancellationToken))
                {
                    // Storage is sent to a sink only by a body that reaches one: the same gate as for the bodies reported on.
                    if (!SinkReach.Of(_model).MayReachSink(root, member))
                    {
                        Work?.StorageProbeSpared();
                        continue;
                    }
                    var graph = TryCreateGraph(root);
                    if (graph is null)
                        continue;
                    var result = BodyAnalysis.Run(_model, this, member, graph, BodyAnalysisMode.ProbeStorage, frame, frame.CancellationToken);
                    foreach (var pair in result.StorageSinks)
                        sinks[pair.Key] = sinks.TryGetValue(pair.Key, out var existing) ? existing.Union(pair.Value) : pair.Value;
                }
            }
            return sinks.ToImmutableDictionary(SymbolEqualityComparer.Default);
        }

        /// <summary>Private fields and private auto-properties: every write to them is in their type, so their content is known.</summary>
        public static bool IsTrackedStorage(ISymbol member) => member switch
        {
            IFieldSymbol field => !field.IsConst && (field.DeclaredAccessibility == Accessibility.Private || field.AssociatedSymbol is IPropertySymbol { DeclaredAccessibility: Accessibility.Private }),
            IPropertySymbol property => property.DeclaredAccessibility == Accessibility.Private && !property.IsIndexer && IsAutoProperty(property),
            _ => false,
        };

        public static bool IsAutoProperty(IPropertySymbol property) =>
            property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is PropertyDeclarationSyntax { AccessorList: { } accessors, ExpressionBody: null }
                && accessors.Accessors.All(a => a.Body is null && a.ExpressionBody is null));

        private ImmutableDictionary<ISymbol, Taint> ComputeFieldWrites(INamedTypeSymbol type, AnalysisStack stack)
        {
            Work?.FieldWriteTypeComputed();
            var writes = new Dictionary<ISymbol, Taint>(SymbolEqualityComparer.Default);
            foreach (var member in _reach.WritersOfPersonalStorage(type))
            {
                stack.CancellationToken.ThrowIfCancellationRequested();
                foreach (var root in BodyRoots(member, stack.CancellationToken))
                {
                    var graph = TryCreateGraph(root);
                    if (graph is null)
                        continue;
                    var owner = member is IMethodSymbol ? member : type;
                    var result = BodyAnalysis.Run(_model, this, owner, graph, BodyAnalysisMode.Summarize, stack, stack.CancellationToken);
                    foreach (var pair in result.FieldWrites)
                        writes[pair.Key] = writes.TryGetValue(pair.Key, out var existing) ? existing.Union(pair.Value) : pair.Value;
                }
            }
            return writes.ToImmutableDictionary(SymbolEqualityComparer.Default);
        }

        /// <summary>The executable roots declared for a member in source: bodies, expression bodies, initializers.</summary>
        public IEnumerable<IOperation> BodyRoots(ISymbol member, CancellationToken cancellationToken = default)
        {
            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                var syntax = reference.GetSyntax(cancellationToken);
                if (!_model.Compilation.ContainsSyntaxTree(syntax.SyntaxTree))
                    continue; // declared in another compilation (a project reference seen as a compilation)
                var semanticModel = _model.SemanticModelFor(syntax.SyntaxTree);
                foreach (var node in ExecutableNodes(syntax))
                {
                    IOperation? operation;
                    try
                    {
                        operation = semanticModel.GetOperation(node, cancellationToken);
                    }
                    catch (ArgumentException)
                    {
                        continue; // the node is not part of this compilation's trees (should not happen)
                    }
                    while (operation?.Parent is { } parent)
                        operation = parent;
                    if (operation is not null)
                        yield return operation;
                }
            }
        }

        private static IEnumerable<SyntaxNode> ExecutableNodes(SyntaxNode declaration)
        {
            switch (declaration)
            {
                case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or ArrowExpressionClauseSyntax:
                    yield return declaration;
                    break;
                case VariableDeclaratorSyntax { Initializer: { } fieldInitializer }:
                    yield return fieldInitializer;
                    break;
                case PropertyDeclarationSyntax { Initializer: { } propertyInitializer }:
                    yield return propertyInitializer;
                    break;
            }
        }

        /// <summary>The control flow graph of an executable root; null for anything else.</summary>
        public static ControlFlowGraph? TryCreateGraph(IOperation root) => root.Parent is not null ? null : root switch
        {
            IMethodBodyOperation body => ControlFlowGraph.Create(body),
            IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor),
            IBlockOperation block => ControlFlowGraph.Create(block),
            IFieldInitializerOperation field => ControlFlowGraph.Create(field),
            IPropertyInitializerOperation property => ControlFlowGraph.Create(property),
            IParameterInitializerOperation parameter => ControlFlowGraph.Create(parameter),
            _ => null,
        };
    }
}
