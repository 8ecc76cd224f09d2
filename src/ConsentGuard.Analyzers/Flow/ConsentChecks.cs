using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>
    /// Recognises consent checks in operations and what conditions say about consent: the guard
    /// analysis's vocabulary. Declared checks come from the model; a source helper that only returns
    /// true (or only returns normally) after a check counts as that check, through its summary.
    /// </summary>
    internal sealed class ConsentChecks
    {
        private readonly ConsentModel _model;
        private readonly FlowSummaries? _summaries;
        private readonly AnalysisStack _stack;
        private readonly System.Func<IMethodSymbol, (PurposeSet WhenTrue, PurposeSet OnExit)?> _localFunctions;

        public ConsentChecks(ConsentModel model, FlowSummaries? summaries, AnalysisStack stack, System.Func<IMethodSymbol, (PurposeSet WhenTrue, PurposeSet OnExit)?> localFunctions)
        {
            _model = model;
            _summaries = summaries;
            _stack = stack;
            _localFunctions = localFunctions;
        }

        /// <summary>
        /// A helper that returns (or returns true) only when its bool parameter k is true (<c>Guard.IsTrue(bool c) { if (!c) throw …; }</c>)
        /// or only when it is false (<c>IsFalse</c>) says so with these pseudo-purposes in its guards; at a call they stand for what
        /// the argument's condition establishes when true (or false): <c>Guard.IsTrue(consent.IsGranted(…))</c>. Not a clearance marker (<see cref="PurposeSet.ParameterMarker"/>):
        /// its digits do not follow the marker's first two characters, so summaries never read it as one.
        /// </summary>
        private const string AssertedPrefix = "#asserts", RefutedPrefix = "#refutes";

        private static string Marker(string prefix, int ordinal) => prefix + ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The guard state a helper's body starts in: each bool value parameter's truth (and falsehood) is tracked as a marker.</summary>
        internal static GuardState HelperEntry(ISymbol? owner)
        {
            var entry = GuardState.Initial;
            if (owner is IMethodSymbol method)
                foreach (var parameter in method.Parameters)
                    if (parameter.RefKind == RefKind.None && parameter.Type.SpecialType == SpecialType.System_Boolean)
                        entry = entry.WithCondition(parameter, new ConditionFacts(PurposeSet.Of(Marker(AssertedPrefix, parameter.Ordinal)), PurposeSet.Of(Marker(RefutedPrefix, parameter.Ordinal))));
            return entry;
        }

        /// <summary>
        /// Purposes a call's guards establish, with each assertion marker replaced by what that argument establishes when true
        /// (evaluated in <paramref name="state"/>).
        /// </summary>
        private PurposeSet WithAssertedArguments(PurposeSet purposes, IInvocationOperation invocation, GuardState state, ControlFlowGraph graph)
        {
            if (!purposes.HasMarkers)
                return purposes;
            var result = purposes.WithoutMarkers();
            foreach (var marker in purposes.Markers)
            {
                var asserted = marker.StartsWith(AssertedPrefix, System.StringComparison.Ordinal);
                if (!asserted && !marker.StartsWith(RefutedPrefix, System.StringComparison.Ordinal)
                    || !int.TryParse(marker.Substring((asserted ? AssertedPrefix : RefutedPrefix).Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ordinal))
                    continue;
                foreach (var argument in invocation.Arguments)
                    if (argument.Parameter?.Ordinal == ordinal)
                    {
                        var facts = Evaluate(argument.Value, state, graph);
                        result = result.Union((asserted ? facts.WhenTrue : facts.WhenFalse).WithoutMarkers());
                    }
            }
            return result;
        }

        /// <summary>The purposes a call checks and how it answers; empty when it is not a check or its purpose is not a constant.</summary>
        public PurposeSet CheckedPurposes(IInvocationOperation invocation, out CheckKind kind)
        {
            kind = CheckKind.Boolean;
            var method = invocation.TargetMethod;
            if (_model.GetCheck(method) is { } check)
            {
                kind = check.Kind;
                var purpose = check.FixedPurpose ?? ConstantPurposeArgument(invocation, check.PurposeParameterOrdinal);
                return purpose is null ? PurposeSet.Empty : PurposeSet.Of(purpose);
            }
            if (CheckKinds.OfHelper(method.ReturnType) is not { } helperKind || HelperGuards(method) is not { } guards)
                return PurposeSet.Empty;
            kind = helperKind;
            return helperKind is CheckKind.Boolean or CheckKind.AsyncBoolean ? guards.WhenTrue : guards.OnExit;
        }

        /// <summary>
        /// What a predicate establishes when it returns true, however it reaches a filter (<c>Where</c>): a lambda, a method
        /// group of a check with a fixed purpose, of a helper that returns a check's answer, or of a local function.
        /// </summary>
        public PurposeSet ImpliedWhenTrue(IMethodSymbol predicate)
        {
            if (_model.GetCheck(predicate) is { } check)
                return check is { FixedPurpose: { } fixedPurpose, Kind: CheckKind.Boolean } ? PurposeSet.Of(fixedPurpose) : PurposeSet.Empty;
            return HelperGuards(predicate) is { } guards ? guards.WhenTrue : PurposeSet.Empty;
        }

        /// <summary>
        /// What an undeclared helper establishes when it returns true / returns at all: a local function or lambda of the body
        /// through its own guard analysis, a source method through its summary.
        /// </summary>
        private (PurposeSet WhenTrue, PurposeSet OnExit)? HelperGuards(IMethodSymbol method)
        {
            if (method.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction)
                return _localFunctions(method);
            return _summaries?.HelperGuards(method, _stack);
        }

        /// <summary>The constant string passed for the check's <c>purpose</c> parameter, or null.</summary>
        public static string? ConstantPurposeArgument(IInvocationOperation invocation, int ordinal)
        {
            if (ordinal < 0)
                return null;
            foreach (var argument in invocation.Arguments)
                if (argument.Parameter?.Ordinal == ordinal)
                    return argument.Value.ConstantValue is { HasValue: true, Value: string purpose } ? purpose : null;
            return null;
        }

        /// <summary>What the boolean <paramref name="operation"/> says about consent when true and when false.</summary>
        public ConditionFacts Evaluate(IOperation? operation, GuardState state, ControlFlowGraph graph)
        {
            switch (operation)
            {
                case null:
                    return ConditionFacts.None;
                case { ConstantValue: { HasValue: true, Value: null } }:
                case IDefaultValueOperation:
                    // A null bool? (`consent?.IsGranted(…)` when there is no provider) is neither true nor false.
                    return new ConditionFacts(PurposeSet.All, PurposeSet.All);
                case IPropertyReferenceOperation { Property.Name: "Result", Instance: { } task } when TypeFacts.IsTaskLike(task.Type):
                    return Evaluate(task, state, graph);
                case IInvocationOperation { TargetMethod.Name: "GetResult", Instance: IInvocationOperation { TargetMethod.Name: "GetAwaiter", Instance: { } awaited } }:
                    return Evaluate(awaited, state, graph);
                case { ConstantValue: { HasValue: true, Value: bool constant } }:
                    // A condition that is never true establishes everything on its true edge (that edge is dead).
                    return constant ? new ConditionFacts(PurposeSet.Empty, PurposeSet.All) : new ConditionFacts(PurposeSet.All, PurposeSet.Empty);
                case IConversionOperation conversion:
                    return Evaluate(conversion.Operand, state, graph);
                case IInvocationOperation { Instance: { } task } wrapper when TypeFacts.IsTaskPassThrough(wrapper.TargetMethod):
                    return Evaluate(task, state, graph);
                case IInvocationOperation { TargetMethod.Name: "GetValueOrDefault", Arguments.Length: 0, Instance: { } nullable } when TypeFacts.IsNullableBool(nullable.Type):
                    // `ok.GetValueOrDefault()` (and `ok ?? false`, lowered to it): true only when ok is true; false when false or null.
                    return new ConditionFacts(Evaluate(nullable, state, graph).WhenTrue, PurposeSet.Empty);
                case IPropertyReferenceOperation { Property.Name: "Value", Instance: { } nullable } when TypeFacts.IsNullableBool(nullable.Type):
                    return Evaluate(nullable, state, graph); // throws on null: true or false as ok is
                case IInvocationOperation invocation:
                    {
                        // An unawaited async check yields a task whose result says the same (`var pending = …; if (!await pending)`).
                        var purposes = WithAssertedArguments(CheckedPurposes(invocation, out var kind), invocation, state, graph);
                        return kind is CheckKind.Boolean or CheckKind.AsyncBoolean ? new ConditionFacts(purposes, PurposeSet.Empty) : ConditionFacts.None;
                    }
                case IAwaitOperation { Operation: IInvocationOperation awaited }:
                    {
                        var purposes = CheckedPurposes(UnwrapTaskPassThrough(awaited), out var kind);
                        return kind == CheckKind.AsyncBoolean ? new ConditionFacts(purposes, PurposeSet.Empty) : ConditionFacts.None;
                    }
                case IAwaitOperation awaitOperation:
                    return Evaluate(awaitOperation.Operation, state, graph);
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    return Evaluate(not.Operand, state, graph).Negate();
                case IBinaryOperation binary:
                    return EvaluateBinary(binary, state, graph);
                case IIsPatternOperation isPattern:
                    return EvaluatePattern(isPattern.Pattern, Evaluate(isPattern.Value, state, graph), TypeFacts.IsNullableBool(isPattern.Value.Type));
                case ILocalReferenceOperation local:
                    return state.ConditionOf(local.Local);
                case IParameterReferenceOperation parameter:
                    return state.ConditionOf(parameter.Parameter);
                case IFlowCaptureReferenceOperation capture:
                    return state.ConditionOf(new CaptureKey(graph, capture.Id));
                default:
                    return ConditionFacts.None;
            }
        }

        private ConditionFacts EvaluateBinary(IBinaryOperation binary, GuardState state, ControlFlowGraph graph)
        {
            switch (binary.OperatorKind)
            {
                case BinaryOperatorKind.ConditionalAnd:
                case BinaryOperatorKind.And when binary.Type?.SpecialType == SpecialType.System_Boolean:
                    {
                        var left = Evaluate(binary.LeftOperand, state, graph);
                        var right = Evaluate(binary.RightOperand, state, graph);
                        return new ConditionFacts(left.WhenTrue.Union(right.WhenTrue), left.WhenFalse.Intersect(right.WhenFalse));
                    }
                case BinaryOperatorKind.ConditionalOr:
                case BinaryOperatorKind.Or when binary.Type?.SpecialType == SpecialType.System_Boolean:
                    {
                        var left = Evaluate(binary.LeftOperand, state, graph);
                        var right = Evaluate(binary.RightOperand, state, graph);
                        return new ConditionFacts(left.WhenTrue.Intersect(right.WhenTrue), left.WhenFalse.Union(right.WhenFalse));
                    }
                case BinaryOperatorKind.Equals:
                case BinaryOperatorKind.NotEquals:
                    {
                        var (constant, other) = BoolConstantSide(binary);
                        if (constant is null)
                            return ConditionFacts.None;
                        var facts = Evaluate(other, state, graph);
                        var same = constant.Value == (binary.OperatorKind == BinaryOperatorKind.Equals);
                        facts = same ? facts : facts.Negate();
                        if (!TypeFacts.IsNullableBool(other.Type))
                            return facts;
                        // A lifted comparison: a null (no check ran: `maybe?.IsGranted(…)`) makes `==` false and `!=` true, so
                        // that edge establishes nothing (`maybe?.IsGranted(…) != false` is true without a provider: fail closed).
                        return binary.OperatorKind == BinaryOperatorKind.Equals
                            ? new ConditionFacts(facts.WhenTrue, PurposeSet.Empty)
                            : new ConditionFacts(PurposeSet.Empty, facts.WhenFalse);
                    }
                default:
                    return ConditionFacts.None;
            }
        }

        private static (bool? Constant, IOperation Other) BoolConstantSide(IBinaryOperation binary)
        {
            // `x == true` on a bool? compares with a converted constant, which has no constant value itself.
            if (binary.RightOperand.WithoutConversions().ConstantValue is { HasValue: true, Value: bool right })
                return (right, binary.LeftOperand);
            if (binary.LeftOperand.WithoutConversions().ConstantValue is { HasValue: true, Value: bool left })
                return (left, binary.RightOperand);
            return (null, binary.LeftOperand);
        }

        /// <summary>
        /// <c>is true</c>, <c>is not false</c>, …; on a <c>bool?</c> a constant pattern does not match null, so its false edge
        /// (the true edge of <c>is not …</c>) establishes nothing.
        /// </summary>
        private static ConditionFacts EvaluatePattern(IPatternOperation pattern, ConditionFacts value, bool nullable) => pattern switch
        {
            IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: bool constant } } =>
                (constant ? value : value.Negate()) is var matched && nullable ? new ConditionFacts(matched.WhenTrue, PurposeSet.Empty) : matched,
            INegatedPatternOperation negated => EvaluatePattern(negated.Pattern, value, nullable).Negate(),
            _ => ConditionFacts.None,
        };

        /// <summary>The guard state after <paramref name="operation"/> ran: bool locals and captures remember checks, void checks establish.</summary>
        public GuardState Transfer(IOperation operation, GuardState state, ControlFlowGraph graph)
        {
            var result = TransferCore(operation, state, graph);
            return result.Conditions.IsEmpty && result.KnownValues.IsEmpty ? result : ForgetOverwrittenLocals(operation, result);
        }

        /// <summary>
        /// A bool local written other than by a plain assignment (<c>ref</c>/<c>out</c> argument, compound assignment,
        /// deconstruction) no longer holds the check's result.
        /// </summary>
        private static GuardState ForgetOverwrittenLocals(IOperation operation, GuardState state)
        {
            var assigned = (operation is IExpressionStatementOperation statement ? statement.Operation : operation) is ISimpleAssignmentOperation assignment
                ? assignment.Target
                : null;
            foreach (var descendant in operation.DescendantsAndSelf())
                if (descendant is ILocalReferenceOperation reference && descendant != assigned
                    && (state.Conditions.ContainsKey(reference.Local) || state.KnownValues.ContainsKey(reference.Local)) && LocalWrites.IsWritten(reference))
                    state = state.WithCondition(reference.Local, ConditionFacts.None);
                else if (descendant is IParameterReferenceOperation parameter && state.Conditions.ContainsKey(parameter.Parameter) && LocalWrites.IsWritten(parameter))
                    state = state.WithCondition(parameter.Parameter, ConditionFacts.None);
            return state;
        }

        private GuardState TransferCore(IOperation operation, GuardState state, ControlFlowGraph graph)
        {
            switch (operation)
            {
                case IExpressionStatementOperation statement:
                    return Transfer(statement.Operation, state, graph);
                case IFlowCaptureOperation capture when TypeFacts.IsBoolCondition(capture.Value.Type):
                    return state.WithCondition(new CaptureKey(graph, capture.Id), Evaluate(capture.Value, state, graph).With(state.Established));
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when TypeFacts.IsBoolCondition(local.Local.Type):
                    return state.WithCondition(local.Local, Evaluate(assignment.Value, state, graph).With(state.Established));
                case ISimpleAssignmentOperation { Target: IParameterReferenceOperation parameter } assignment when state.Conditions.ContainsKey(parameter.Parameter):
                    return state.WithCondition(parameter.Parameter, ConditionFacts.None); // no longer what the caller passed
                case IInvocationOperation invocation:
                    {
                        var purposes = CheckedPurposes(invocation, out var kind);
                        return kind == CheckKind.Throwing && !IsAsyncThrowing(invocation) ? state.Establish(WithAssertedArguments(purposes, invocation, state, graph)) : state;
                    }
                case IAwaitOperation { Operation: IInvocationOperation awaited }:
                    {
                        var purposes = CheckedPurposes(UnwrapTaskPassThrough(awaited), out var kind);
                        return kind == CheckKind.Throwing ? state.Establish(purposes) : state;
                    }
                default:
                    return state;
            }
        }

        private static IInvocationOperation UnwrapTaskPassThrough(IInvocationOperation invocation)
        {
            while (TypeFacts.IsTaskPassThrough(invocation.TargetMethod) && invocation.Instance is IInvocationOperation inner)
                invocation = inner;
            return invocation;
        }

        /// <summary>A Task-returning throwing check only throws into the caller when awaited.</summary>
        private static bool IsAsyncThrowing(IInvocationOperation invocation) => invocation.TargetMethod.ReturnType.SpecialType != SpecialType.System_Void;
    }
}
