using System;
using System.Collections.Generic;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>
    /// Which consent checks a program point is guarded by, over one control flow graph: a forward
    /// must-analysis (every path passed a check that returned true). Branches on check results
    /// (directly, negated, through bool locals, captures, <c>is true</c>, <c>== false</c>, <c>await</c>)
    /// establish the purpose on the edge where the check was true; a void check establishes it after
    /// the call. Exception handlers start from what held anywhere in their try block, so a check that
    /// throws into a catch which falls through establishes nothing after the try.
    /// </summary>
    internal sealed class GuardAnalysis
    {
        private readonly ControlFlowGraph _graph;
        private readonly ConsentChecks _checks;
        private readonly GuardState?[] _entry;

        private GuardAnalysis(ControlFlowGraph graph, ConsentChecks checks)
        {
            _graph = graph;
            _checks = checks;
            _entry = new GuardState?[graph.Blocks.Length];
        }

        /// <summary>Purposes established whenever the graph returns <c>true</c> (for predicates and helper checks).</summary>
        public PurposeSet ImpliedWhenReturningTrue { get; private set; } = PurposeSet.Empty;

        /// <summary>
        /// True when the worklist's budget ran out before the states settled: the entry states may then still be too
        /// optimistic, so the body's verdicts are not to be trusted (reported as unverified, CG0012).
        /// </summary>
        public bool BudgetExhausted { get; private set; }

        /// <summary>Purposes established whenever the graph completes normally (for helpers that throw without consent).</summary>
        public PurposeSet EstablishedOnExit { get; private set; } = PurposeSet.Empty;

        /// <summary>The state on entry to <paramref name="block"/>; null when it is unreachable.</summary>
        public GuardState? EntryOf(BasicBlock block) => _entry[block.Ordinal];

        private readonly Dictionary<(int, int), PurposeSet> _edges = new Dictionary<(int, int), PurposeSet>();

        /// <summary>Purposes established on the branch from <paramref name="source"/> to <paramref name="destination"/> (before it joins others).</summary>
        public PurposeSet EstablishedOnEdge(BasicBlock source, BasicBlock destination) =>
            _edges.TryGetValue((source.Ordinal, destination.Ordinal), out var established) ? established : PurposeSet.Empty;

        /// <summary>
        /// The guard analysis of a body's root graph, as its summary has it (<c>BodyAnalysis</c> analyzes local functions
        /// first, so that calls of local helper checks guard their callers), without the taint analysis: what a helper check
        /// establishes is all its callers need of it.
        /// </summary>
        public static GuardAnalysis OfBody(ControlFlowGraph root, ISymbol owner, ConsentModel model, FlowSummaries summaries, AnalysisStack stack, System.Threading.CancellationToken cancellationToken)
        {
            var functions = new Dictionary<IMethodSymbol, (PurposeSet WhenTrue, PurposeSet OnExit)>(SymbolEqualityComparer.Default);
            var checks = new ConsentChecks(model, summaries, stack, function => functions.TryGetValue(function.OriginalDefinition, out var guards) ? guards : null);
            GuardAnalysis Analyze(ControlFlowGraph graph)
            {
                foreach (var function in graph.LocalFunctions)
                {
                    var guards = Analyze(graph.GetLocalFunctionControlFlowGraph(function, cancellationToken));
                    functions[function] = (guards.ImpliedWhenReturningTrue, guards.EstablishedOnExit);
                }
                return Run(graph, ReferenceEquals(graph, root) ? ConsentChecks.HelperEntry(owner) : GuardState.Initial, checks);
            }
            return Analyze(root);
        }

        public static GuardAnalysis Run(ControlFlowGraph graph, GuardState entry, ConsentChecks checks)
        {
            var analysis = new GuardAnalysis(graph, checks);
            analysis.Solve(entry);
            analysis.Summarize();
            return analysis;
        }

        private void Solve(GuardState entry)
        {
            var blocks = _graph.Blocks;
            var worklist = new Queue<int>();
            var queued = new bool[blocks.Length];
            var source = -1;
            var recorded = new HashSet<(int, int)>();
            void Flow(BasicBlock? destination, GuardState state)
            {
                if (destination is null)
                    return;
                if (source >= 0)
                {
                    // Both branches of a condition may lead to the same block (`if (check) { }`): the edge then
                    // establishes only what both do.
                    var key = (source, destination.Ordinal);
                    _edges[key] = recorded.Add(key) ? state.Established : _edges[key].Intersect(state.Established);
                }
                var previous = _entry[destination.Ordinal];
                var merged = previous is null ? state : previous.Join(state);
                if (previous is not null && previous.SameAs(merged))
                    return;
                _entry[destination.Ordinal] = merged;
                if (!queued[destination.Ordinal])
                {
                    queued[destination.Ordinal] = true;
                    worklist.Enqueue(destination.Ordinal);
                }
            }

            Flow(blocks[0], entry);
            // Bounded: the lattice is finite, but hostile code must not make us spin.
            var budget = Math.Max(1000, blocks.Length * 50);
            while (worklist.Count > 0)
            {
                if (budget-- <= 0)
                {
                    BudgetExhausted = true;
                    break;
                }
                var block = blocks[worklist.Dequeue()];
                queued[block.Ordinal] = false;
                source = block.Ordinal;
                recorded.Clear();
                var state = _entry[block.Ordinal]!;
                var output = state;
                foreach (var operation in block.Operations)
                    output = _checks.Transfer(operation, output, _graph);

                FlowIntoHandlers(block, state, output, Flow);

                if (block.ConditionKind != ControlFlowConditionKind.None && block.BranchValue is { } condition)
                {
                    var facts = _checks.Evaluate(condition, output, _graph);
                    var whenTrue = output.Establish(facts.WhenTrue);
                    var whenFalse = output.Establish(facts.WhenFalse);
                    bool? decided = null;
                    if (BoolTest(condition) is { } test)
                    {
                        if (output.KnownValues.TryGetValue(test.Key, out var known))
                            decided = known == test.Constant;
                        whenTrue = whenTrue.WithKnownValue(test.Key, test.Constant);
                        whenFalse = whenFalse.WithKnownValue(test.Key, !test.Constant);
                    }
                    var jumpWhenTrue = block.ConditionKind == ControlFlowConditionKind.WhenTrue;
                    // An edge a decided test cannot take (the "no case matched" edge after `case true:` and `case false:`) carries nothing.
                    if (decided != !jumpWhenTrue)
                        Flow(block.ConditionalSuccessor?.Destination, jumpWhenTrue ? whenTrue : whenFalse);
                    if (decided != jumpWhenTrue)
                        Flow(block.FallThroughSuccessor?.Destination, jumpWhenTrue ? whenFalse : whenTrue);
                }
                else
                {
                    if (block.BranchValue is { } value)
                        output = _checks.Transfer(value, output, _graph);
                    Flow(block.FallThroughSuccessor?.Destination, output);
                }
            }
        }

        /// <summary>
        /// A test of a bool flow capture against a constant (<c>case true:</c>, <c>is false</c>, <c>== true</c>, or the capture
        /// itself). Only captures: the compiler's temporaries are written once, so what one branch decided holds on.
        /// </summary>
        private (object Key, bool Constant)? BoolTest(IOperation condition)
        {
            switch (condition)
            {
                case IFlowCaptureReferenceOperation capture when TypeFacts.IsBool(capture.Type):
                    return (new CaptureKey(_graph, capture.Id), true);
                case IIsPatternOperation { Value: IFlowCaptureReferenceOperation capture, Pattern: IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: bool constant } } }
                    when TypeFacts.IsBool(capture.Type):
                    return (new CaptureKey(_graph, capture.Id), constant);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary
                    when binary.LeftOperand is IFlowCaptureReferenceOperation capture && TypeFacts.IsBool(capture.Type)
                         && binary.RightOperand.ConstantValue is { HasValue: true, Value: bool constant }:
                    return (new CaptureKey(_graph, capture.Id), binary.OperatorKind == BinaryOperatorKind.Equals ? constant : !constant);
                default:
                    return null;
            }
        }

        /// <summary>An exception can leave a try block anywhere: its catch, filter and finally handlers start from the join of every state inside it.</summary>
        private void FlowIntoHandlers(BasicBlock block, GuardState input, GuardState output, Action<BasicBlock?, GuardState> flow)
        {
            for (var region = block.EnclosingRegion; region is not null; region = region.EnclosingRegion)
            {
                if (region.Kind != ControlFlowRegionKind.Try || region.EnclosingRegion is not { } tryAndHandlers)
                    continue;
                foreach (var handler in tryAndHandlers.NestedRegions)
                {
                    if (handler == region || handler.FirstBlockOrdinal < 0 || handler.FirstBlockOrdinal >= _graph.Blocks.Length)
                        continue;
                    var first = _graph.Blocks[handler.FirstBlockOrdinal];
                    flow(first, input);
                    flow(first, output);
                }
            }
        }

        private void Summarize()
        {
            var impliedOnTrue = PurposeSet.All;
            var sawReturn = false;
            foreach (var block in _graph.Blocks)
            {
                var entry = _entry[block.Ordinal];
                if (entry is null)
                    continue;
                if (block.Kind == BasicBlockKind.Exit)
                {
                    EstablishedOnExit = entry.Established;
                    continue;
                }
                if (block.FallThroughSuccessor is { Semantics: ControlFlowBranchSemantics.Return } && block.BranchValue is { } returned)
                {
                    var state = entry;
                    foreach (var operation in block.Operations)
                        state = _checks.Transfer(operation, state, _graph);
                    sawReturn = true;
                    impliedOnTrue = impliedOnTrue.Intersect(state.Established.Union(_checks.Evaluate(returned, state, _graph).WhenTrue));
                }
            }
            ImpliedWhenReturningTrue = sawReturn ? impliedOnTrue : PurposeSet.Empty;
            // A function whose every path throws never returns to its caller: code after a call to it does not run, so
            // everything holds there (`if (!check) Deny();` guards what follows like `if (!check) throw …;`). Not when the
            // states did not settle, nor for async functions and iterators, whose callers go on with a faulted task or a
            // lazy sequence.
            if (!ExitReachable() && !BudgetExhausted && ReturnsOnlyThroughItsExit(_graph))
                EstablishedOnExit = PurposeSet.All;
        }

        private bool ExitReachable()
        {
            foreach (var block in _graph.Blocks)
                if (block.Kind == BasicBlockKind.Exit)
                    return _entry[block.Ordinal] is not null;
            return true;
        }

        /// <summary>False for an async function or an iterator, and wherever the function's kind cannot be told.</summary>
        private static bool ReturnsOnlyThroughItsExit(ControlFlowGraph graph)
        {
            for (var node = graph.OriginalOperation.Syntax; node is not null; node = node.Parent)
            {
                var isAsync = node switch
                {
                    Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax method => (bool?)method.Modifiers.Any(Microsoft.CodeAnalysis.CSharp.SyntaxKind.AsyncKeyword),
                    Microsoft.CodeAnalysis.CSharp.Syntax.LocalFunctionStatementSyntax local => local.Modifiers.Any(Microsoft.CodeAnalysis.CSharp.SyntaxKind.AsyncKeyword),
                    Microsoft.CodeAnalysis.CSharp.Syntax.AnonymousFunctionExpressionSyntax lambda => lambda.Modifiers.Any(Microsoft.CodeAnalysis.CSharp.SyntaxKind.AsyncKeyword),
                    Microsoft.CodeAnalysis.CSharp.Syntax.ConstructorDeclarationSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.OperatorDeclarationSyntax
                        or Microsoft.CodeAnalysis.CSharp.Syntax.ConversionOperatorDeclarationSyntax => false,
                    _ => null,
                };
                if (isAsync is { } known)
                    return !known && !IsIterator(graph);
            }
            return false;
        }

        private static bool IsIterator(ControlFlowGraph graph)
        {
            foreach (var block in graph.Blocks)
                foreach (var operation in block.Operations)
                    foreach (var nested in operation.DescendantsAndSelf())
                        if (nested is IReturnOperation { Kind: OperationKind.YieldReturn or OperationKind.YieldBreak })
                            return true;
            return false;
        }
    }
}
