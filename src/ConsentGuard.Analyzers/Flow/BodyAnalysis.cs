using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Flow
{
    internal enum BodyAnalysisMode
    {
        /// <summary>Find every personal value reaching a sink without what it needs.</summary>
        Report,
        /// <summary>Describe the body for its callers: parameters are placeholders, nothing is reported.</summary>
        Summarize,
        /// <summary>
        /// Which of its type's storage (private fields and auto-properties, captured primary-constructor parameters) the
        /// body sends to a sink without consent: reads of them carry a probe, and only probes are judged.
        /// </summary>
        ProbeStorage,
    }

    /// <summary>What one body analysis found.</summary>
    internal sealed class BodyResult
    {
        public List<Finding> Findings { get; } = new List<Finding>();
        public List<ExemptFlow> ExemptFlows { get; } = new List<ExemptFlow>();
        public Taint ReturnTaint { get; set; } = Taint.Empty;
        public Dictionary<int, PurposeSet> ParameterSinks { get; } = new Dictionary<int, PurposeSet>();
        public Dictionary<ISymbol, Taint> FieldWrites { get; } = new Dictionary<ISymbol, Taint>(SymbolEqualityComparer.Default);
        public Dictionary<int, Taint> OutParameters { get; } = new Dictionary<int, Taint>();
        public Dictionary<int, Taint> FilledParameters { get; } = new Dictionary<int, Taint>();
        public Dictionary<ISymbol, Taint> FilledMembers { get; } = new Dictionary<ISymbol, Taint>(SymbolEqualityComparer.Default);
        public Dictionary<int, Taint[]> InvokedParameters { get; } = new Dictionary<int, Taint[]>();
        public Dictionary<ISymbol, Taint> ReceiverWrites { get; } = new Dictionary<ISymbol, Taint>(SymbolEqualityComparer.Default);
        public Dictionary<ISymbol, PurposeSet> StorageSinks { get; } = new Dictionary<ISymbol, PurposeSet>(SymbolEqualityComparer.Default);
        public PurposeSet ImpliedWhenReturningTrue { get; set; } = PurposeSet.Empty;
        public PurposeSet EstablishedOnExit { get; set; } = PurposeSet.Empty;

        /// <summary>
        /// Which limit stopped the analysis before its result was final (docs/semantics.md §5), or null. Its findings are
        /// kept, but a clean verdict is not one: the member is reported as unverified (CG0012).
        /// </summary>
        public string? LimitReached { get; set; }

        public MethodSummary ToSummary() => new MethodSummary(
            ReturnTaint,
            ParameterSinks.ToImmutableDictionary(),
            OutParameters.ToImmutableDictionary(),
            ImpliedWhenReturningTrue,
            EstablishedOnExit,
            FilledParameters.ToImmutableDictionary(),
            InvokedParameters.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray()),
            ReceiverWrites.ToImmutableDictionary(SymbolEqualityComparer.Default),
            FilledMembers.ToImmutableDictionary(SymbolEqualityComparer.Default));
    }

    /// <summary>
    /// The consent-flow analysis of one executable body (with its lambdas and local functions):
    /// <list type="number">
    /// <item>a guard analysis per control flow graph says which purposes are established at each point;</item>
    /// <item>a flow-insensitive taint analysis, iterated to a fixpoint, says which personal data each
    /// local, capture, parameter, field and lambda may hold, each piece cleared for the purposes that
    /// were established where it was read or stored;</item>
    /// <item>a last pass judges every sink: arguments, assigned values, returns of [ConsentCleared] members.</item>
    /// </list>
    /// It knows nothing about diagnostics: it produces <see cref="Finding"/>s (or a <see cref="MethodSummary"/>).
    /// </summary>
    internal sealed partial class BodyAnalysis
    {
        private const int MaxIterations = 12;

        private readonly ConsentModel _model;
        private readonly FlowSummaries _summaries;
        private readonly ConsentChecks _checks;
        private readonly ISymbol _owner;
        private readonly IMethodSymbol? _ownerMethod;
        private readonly BodyAnalysisMode _mode;
        private readonly AnalysisStack _stack;
        private readonly CancellationToken _cancellationToken;
        private readonly List<GraphInfo> _graphs = new List<GraphInfo>();
        private readonly Dictionary<ISymbol, Taint> _store = new Dictionary<ISymbol, Taint>(SymbolEqualityComparer.Default);
        private readonly Dictionary<CaptureKey, Taint> _captures = new Dictionary<CaptureKey, Taint>();
        private readonly Dictionary<CaptureKey, ISymbol> _captureAliases = new Dictionary<CaptureKey, ISymbol>();
        private readonly Dictionary<CaptureKey, IOperation> _capturedTargets = new Dictionary<CaptureKey, IOperation>();
        private readonly Dictionary<(ITypeSymbol, PurposeSet), Taint> _typeTaints = new Dictionary<(ITypeSymbol, PurposeSet), Taint>();
        private readonly HashSet<IMethodSymbol> _seededLambdas = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        private readonly Dictionary<IMethodSymbol, (PurposeSet WhenTrue, PurposeSet OnExit)> _functionGuards = new Dictionary<IMethodSymbol, (PurposeSet, PurposeSet)>(SymbolEqualityComparer.Default);
        private readonly HashSet<(SyntaxNode, string)> _judged = new HashSet<(SyntaxNode, string)>();
        private readonly BodyResult _result = new BodyResult();
        private LocalWrites? _localWrites;

        /// <summary>Per local function: the consent established at every call seen while the graphs were added.</summary>
        private readonly Dictionary<IMethodSymbol, PurposeSet> _localFunctionCalls = new Dictionary<IMethodSymbol, PurposeSet>(SymbolEqualityComparer.Default);

        /// <summary>Local functions also used as delegates: they can run anywhere.</summary>
        private readonly HashSet<IMethodSymbol> _escapingLocalFunctions = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        private bool _changed;
        private bool _judging;
        private bool _deferReadsFromEmptyElements;
        private GraphInfo _current = null!;

        private BodyAnalysis(ConsentModel model, FlowSummaries summaries, ISymbol owner, BodyAnalysisMode mode, AnalysisStack stack, CancellationToken cancellationToken)
        {
            _model = model;
            _summaries = summaries;
            _owner = owner;
            _ownerMethod = owner as IMethodSymbol;
            _mode = mode;
            _stack = stack;
            _cancellationToken = cancellationToken;
            _checks = new ConsentChecks(model, summaries, stack, LocalFunctionGuards);
        }

        private bool Summarizing => _mode == BodyAnalysisMode.Summarize;

        private bool ProbingStorage => _mode == BodyAnalysisMode.ProbeStorage;

        private readonly Dictionary<Origin, ISymbol> _storageProbes = new Dictionary<Origin, ISymbol>();

        /// <summary>The probe a read of <paramref name="storage"/> carries while probing (see <see cref="BodyAnalysisMode.ProbeStorage"/>).</summary>
        private Taint StorageProbe(ISymbol storage, PurposeSet established)
        {
            var origin = Origin.Unknown("a value kept in " + Origin.DisplayOf(storage) + " #" + SymbolEqualityComparer.Default.GetHashCode(storage.OriginalDefinition));
            _storageProbes[origin] = storage.OriginalDefinition;
            return Taint.Of(new Fact(origin, established));
        }

        /// <summary>What a local function or lambda of this body establishes when it returns true / returns at all.</summary>
        private (PurposeSet WhenTrue, PurposeSet OnExit)? LocalFunctionGuards(IMethodSymbol function) =>
            _functionGuards.TryGetValue(function.OriginalDefinition, out var guards) ? guards : null;

        public static BodyResult Run(ConsentModel model, FlowSummaries summaries, ISymbol owner, ControlFlowGraph graph, BodyAnalysisMode mode, AnalysisStack stack, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested(); // every summary of a request starts here: a cancelled one stops at the next
            var analysis = new BodyAnalysis(model, summaries, owner, mode, stack, cancellationToken);
            analysis.Analyze(graph);
            return analysis._result;
        }

        private void Analyze(ControlFlowGraph root)
        {
            _localWrites = LocalWrites.Of(root.OriginalOperation);
            DecideLocalFollowing(root);
            // Summarized for its callers, a helper's bool parameters are tracked: one it returns only when true is an assertion (ConsentChecks.HelperEntry).
            var rootInfo = AddGraph(root, _owner, Summarizing ? ConsentChecks.HelperEntry(_owner) : GuardState.Initial, isRoot: true);
            StartLocalFunctionsWhereTheyAreCalled();
            _result.ImpliedWhenReturningTrue = rootInfo.Guards.ImpliedWhenReturningTrue;
            _result.EstablishedOnExit = rootInfo.Guards.EstablishedOnExit;

            if (_graphs.Count == 1 && !HasBackEdges(root))
            {
                // Straight-line code (no loops, lambdas or local functions): blocks in order see every store
                // before its uses, so one pass is the fixpoint.
                _judging = true;
                PassOverAllGraphs();
                FinishResult();
                return;
            }

            // Lambdas are seeded by the calls they are passed to, and a lambda's result seeds the next one in a chain, so early
            // passes see elements that are still empty. A member read from such an element would be judged uncleared for good
            // (facts only accumulate): first reach the fixpoint without those reads, then add them once every seed is final.
            _deferReadsFromEmptyElements = true;
            var settled = IterateToFixpoint();
            _deferReadsFromEmptyElements = false;
            settled &= IterateToFixpoint();
            if (!settled)
                _result.LimitReached = "the analysis stopped after " + PassBudget + " passes before its facts settled";
            _judging = true;
            PassOverAllGraphs();
            FinishResult();
        }

        /// <summary>
        /// Passes per phase: facts move one lambda further along a chain per pass (a query with a <c>let</c> per line), so
        /// the budget grows with the body's functions, up to a bound that keeps hostile code from spinning.
        /// </summary>
        private int PassBudget => MaxIterations + Math.Min(_graphs.Count, MaxExtraPassesForFunctions);

        private const int MaxExtraPassesForFunctions = 64;

        /// <summary>Passes until nothing changes; false when the budget ran out first.</summary>
        private bool IterateToFixpoint()
        {
            for (var iteration = 0; iteration < PassBudget; iteration++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                _changed = false;
                PassOverAllGraphs();
                if (!_changed)
                    return true;
            }
            return false;
        }

        private static bool HasBackEdges(ControlFlowGraph graph)
        {
            foreach (var block in graph.Blocks)
                if (block.ConditionalSuccessor?.Destination?.Ordinal <= block.Ordinal || block.FallThroughSuccessor?.Destination?.Ordinal <= block.Ordinal)
                    return true;
            return false;
        }

        private void FinishResult()
        {
            if (_result.LimitReached is null && _graphs.Any(graph => graph.Guards.BudgetExhausted))
                _result.LimitReached = "the guard analysis stopped at its budget before consent states settled";
            // A limit is never silent: one this body hit while summarized for a caller is the caller's request's too (and
            // stays with the cached summary); one hit by the summaries this request computed or reused is this body's.
            if (_mode == BodyAnalysisMode.Report)
                _result.LimitReached ??= _stack.LimitReached;
            else if (_result.LimitReached is { } own)
                _stack.MarkLimit(own);
            if (_ownerMethod is null)
                return;
            if (_store.TryGetValue(_ownerMethod, out var returned))
                _result.ReturnTaint = returned;
            foreach (var parameter in _ownerMethod.Parameters)
                if (parameter.RefKind is RefKind.Out or RefKind.Ref && _store.TryGetValue(parameter, out var written))
                    _result.OutParameters[parameter.Ordinal] = written;
        }

        private sealed class GraphInfo
        {
            public GraphInfo(ControlFlowGraph graph, ISymbol owner, GuardAnalysis guards, bool isRoot)
            {
                Graph = graph;
                Owner = owner;
                Guards = guards;
                IsRoot = isRoot;
            }

            public ControlFlowGraph Graph { get; }
            public ISymbol Owner { get; }
            public GuardAnalysis Guards { get; set; }
            public bool IsRoot { get; }
        }

        /// <summary>Adds a graph with its guard analysis, then its local functions and lambdas (which start guarded as where they are created).</summary>
        private GraphInfo AddGraph(ControlFlowGraph graph, ISymbol owner, GuardState entry, bool isRoot)
        {
            // Local functions first: a local helper check (`bool Ok(Member m) => consent.IsGranted(…)`) guards its callers here.
            foreach (var localFunction in graph.LocalFunctions)
                AddGraph(graph.GetLocalFunctionControlFlowGraph(localFunction, _cancellationToken), localFunction, GuardState.Initial, isRoot: false);

            var guards = GuardAnalysis.Run(graph, entry, _checks);
            var info = new GraphInfo(graph, owner, guards, isRoot);
            _graphs.Add(info);
            if (owner is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction } function)
                _functionGuards[function] = (guards.ImpliedWhenReturningTrue, guards.EstablishedOnExit);

            foreach (var (operation, state) in OperationsWithState(graph, guards))
                foreach (var nested in operation.DescendantsAndSelf())
                    switch (nested)
                    {
                        case IFlowAnonymousFunctionOperation lambda:
                            AddGraph(graph.GetAnonymousFunctionControlFlowGraph(lambda, _cancellationToken), lambda.Symbol, LambdaEntry(state), isRoot: false);
                            break;
                        case IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction } call:
                            var called = call.TargetMethod.OriginalDefinition;
                            _localFunctionCalls[called] = _localFunctionCalls.TryGetValue(called, out var seen) ? seen.Intersect(state.Established) : state.Established;
                            break;
                        case IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction } reference:
                            _escapingLocalFunctions.Add(reference.Method.OriginalDefinition);
                            break;
                    }
            return info;
        }

        /// <summary>Each reachable operation of <paramref name="graph"/> with the guard state just before it.</summary>
        private IEnumerable<(IOperation Operation, GuardState State)> OperationsWithState(ControlFlowGraph graph, GuardAnalysis guards)
        {
            foreach (var block in graph.Blocks)
            {
                var state = guards.EntryOf(block);
                if (state is null)
                    continue;
                foreach (var operation in OperationsOf(block))
                {
                    yield return (operation, state);
                    state = _checks.Transfer(operation, state, graph);
                }
            }
        }

        /// <summary>
        /// A local function runs only where it is called: it starts with the consent established at every one of its
        /// calls (<c>if (check) Emit();</c>). One that is also used as a delegate (<c>Where(Ok)</c>, <c>Action a = Emit</c>)
        /// can run anywhere and starts with nothing.
        /// </summary>
        private void StartLocalFunctionsWhereTheyAreCalled()
        {
            foreach (var info in _graphs.ToArray())
                if (info.Owner is IMethodSymbol { MethodKind: MethodKind.LocalFunction } function
                    && !_escapingLocalFunctions.Contains(function.OriginalDefinition)
                    && _localFunctionCalls.TryGetValue(function.OriginalDefinition, out var established) && !established.IsEmpty)
                {
                    info.Guards = GuardAnalysis.Run(info.Graph, GuardState.Start(established), _checks);
                    StartLambdasWhereTheyAreCreated(info);
                }
        }

        /// <summary>
        /// The lambdas of a graph whose entry changed after they were added (a local function that runs only under a check,
        /// <c>void Emit() => tags.ForEach(_ => corpus.Add(m.Headline))</c>) start again from the state where they are created
        /// now, and so do theirs (review §2.7, case e109).
        /// </summary>
        private void StartLambdasWhereTheyAreCreated(GraphInfo info)
        {
            foreach (var (operation, state) in OperationsWithState(info.Graph, info.Guards))
                foreach (var nested in operation.DescendantsAndSelf())
                    if (nested is IFlowAnonymousFunctionOperation lambda)
                    {
                        var lambdaGraph = info.Graph.GetAnonymousFunctionControlFlowGraph(lambda, _cancellationToken);
                        foreach (var lambdaInfo in _graphs)
                            if (ReferenceEquals(lambdaInfo.Graph, lambdaGraph))
                            {
                                lambdaInfo.Guards = GuardAnalysis.Run(lambdaGraph, LambdaEntry(state), _checks);
                                StartLambdasWhereTheyAreCreated(lambdaInfo);
                            }
                    }
        }

        /// <summary>
        /// A lambda starts with the consent established where it is created, and with what the bool locals it can see say
        /// about consent, for those nothing writes again (it may run later: <c>var ok = Check(…); list.Where(x => ok)</c>).
        /// </summary>
        private GuardState LambdaEntry(GuardState state)
        {
            var entry = GuardState.Start(state.Established);
            foreach (var condition in state.Conditions)
                if (condition.Key is ILocalSymbol local && _localWrites is not null && _localWrites.AssignedOnce.Contains(local))
                    entry = entry.WithCondition(local, condition.Value);
            return entry;
        }

        private static IEnumerable<IOperation> OperationsOf(BasicBlock block)
        {
            foreach (var operation in block.Operations)
                yield return operation;
            if (block.BranchValue is { } branchValue)
                yield return branchValue;
        }

        private void PassOverAllGraphs()
        {
            foreach (var info in _graphs)
            {
                _current = info;
                foreach (var block in info.Graph.Blocks)
                {
                    var state = info.Guards.EntryOf(block);
                    if (state is null)
                        continue;
                    EnterBlock(block);
                    foreach (var operation in block.Operations)
                    {
                        Evaluate(operation, state.Established);
                        state = _checks.Transfer(operation, state, info.Graph);
                    }
                    if (block.BranchValue is { } branchValue)
                    {
                        var value = Evaluate(branchValue, state.Established);
                        if (block.FallThroughSuccessor?.Semantics == ControlFlowBranchSemantics.Return && block.ConditionKind == ControlFlowConditionKind.None)
                            RecordReturn(value, state.Established, branchValue);
                    }
                    LeaveBlock(block);
                }
            }
        }

        /// <summary>A returned (or yielded) value: the function's result, and a sink when the root is [ConsentCleared].</summary>
        private void RecordReturn(Taint value, PurposeSet established, IOperation returned)
        {
            Write(_current.Owner, value.ClearedFor(established));
            // Judged on the final pass only, like every other sink: an early pass may still lack what a lambda supplies
            // later, and a node judged once is not judged again (review §2.7, case e108).
            if (!_current.IsRoot || _ownerMethod is null || (!_judging && !Summarizing))
                return;
            foreach (var purpose in _model.GetClearedPurposes(_ownerMethod).Items)
                Judge(value, purpose, established, returned.Syntax);
        }

        // ------------------------------------------------------------------ the store

        private Taint Read(ISymbol key) => _store.TryGetValue(key, out var taint) ? taint : Taint.Empty;

        private Taint Read(CaptureKey key) => _captures.TryGetValue(key, out var taint) ? taint : Taint.Empty;

        private void Write(ISymbol key, Taint taint) => Write(_store, key, taint);

        private void Write(CaptureKey key, Taint taint) => Write(_captures, key, taint);

        private void Write<TKey>(Dictionary<TKey, Taint> store, TKey key, Taint taint)
        {
            if (taint.IsEmpty)
                return;
            var existing = store.TryGetValue(key, out var found) ? found : Taint.Empty;
            var union = existing.Union(taint);
            if (ReferenceEquals(union, existing))
                return;
            store[key] = union;
            _changed = true;
        }

        /// <summary>A write to a field or auto-property of this instance (or a static one): remembered here, and for the type's field summary.</summary>
        private void WriteMember(ISymbol member, Taint taint)
        {
            Write(member, taint);
            if (!Summarizing || taint.IsEmpty)
                return;
            if (!FlowSummaries.IsTrackedStorage(member))
            {
                // Not private storage: its callers see it only through the object they call this on (issue #18, shape 2).
                if (!member.IsStatic && IsPlainStorage(member))
                    _result.ReceiverWrites[member.OriginalDefinition] = _result.ReceiverWrites.TryGetValue(member.OriginalDefinition, out var written) ? written.Union(taint) : taint;
                return;
            }
            var stored = ExpandPlaceholders(taint);
            if (stored.IsEmpty)
                return;
            var key = member.OriginalDefinition;
            _result.FieldWrites[key] = _result.FieldWrites.TryGetValue(key, out var existing) ? existing.Union(stored) : stored;
        }

        /// <summary>A parameter placeholder stored in a field stands for whatever personal data the parameter's declaration says it holds.</summary>
        private Taint ExpandPlaceholders(Taint taint)
        {
            var result = StripMarkers(taint.Where(f => !f.Origin.IsParameterPlaceholder));
            if (_ownerMethod is null)
                return result;
            foreach (var fact in taint.Facts)
                if (fact.Origin.IsParameterPlaceholder && fact.Origin.ParameterOrdinal < _ownerMethod.Parameters.Length)
                    result = result.Union(DeclaredParameterTaint(_ownerMethod.Parameters[fact.Origin.ParameterOrdinal], fact.Cleared.WithoutMarkers()));
            return result;
        }

        /// <summary>Clearance markers mean something only inside the summary that made them.</summary>
        private static Taint StripMarkers(Taint taint)
        {
            if (taint.Facts.All(f => !f.Cleared.HasMarkers))
                return taint;
            var result = Taint.Empty;
            foreach (var fact in taint.Facts)
                result = result.Union(Taint.Of(new Fact(fact.Origin, fact.Cleared.WithoutMarkers())));
            return result;
        }
    }
}
