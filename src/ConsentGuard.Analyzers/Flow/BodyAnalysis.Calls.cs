using System;
using System.Collections.Immutable;
using System.Linq;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>Calls: what they return, what they store into their receiver and out-arguments, which arguments are sinks.</summary>
    internal sealed partial class BodyAnalysis
    {
        private Taint InvocationValue(IInvocationOperation invocation, PurposeSet established)
        {
            var method = invocation.TargetMethod;
            var receiver = invocation.Instance is null ? Taint.Empty : Evaluate(invocation.Instance, established);
            var arguments = invocation.Arguments;
            var argumentValues = new Taint[arguments.Length];

            // Values first, then lambdas: a lambda's parameters receive the call's sources (LINQ's elements).
            var sources = receiver;
            for (var i = 0; i < arguments.Length; i++)
                if (arguments[i].Parameter?.RefKind == RefKind.Out)
                    argumentValues[i] = Taint.Empty; // what an out argument held before the call does not go in
                else if (LambdaOf(arguments[i].Value) is null)
                {
                    argumentValues[i] = Evaluate(arguments[i].Value, established);
                    sources = sources.Union(argumentValues[i]);
                }
            var lambdaValues = Taint.Empty;
            IMethodSymbol? lastLambda = null;
            var linq = LinqOperators.ShapeOf(method, hasSelector: true) != LinqShape.None;
            for (var i = 0; i < arguments.Length; i++)
                if (LambdaOf(arguments[i].Value) is { } lambda)
                {
                    if (linq)
                        SeedLambda(lambda, LinqSeeds(method, arguments, argumentValues, i, lastLambda, lambda), elementwise: true);
                    else if (InvokedSeeds(invocation, i, receiver, sources, argumentValues, established) is { } invoked)
                        SeedLambda(lambda, invoked, elementwise: true);
                    else
                        SeedLambda(lambda, new[] { sources.Union(lambdaValues) }, elementwise: false);
                    argumentValues[i] = Read(lambda);
                    lambdaValues = lambdaValues.Union(argumentValues[i]);
                    lastLambda = lambda;
                }

            var summary = MaySummarize(method) && (!sources.IsEmpty || !lambdaValues.IsEmpty || (ReturnsPersonalCandidate(method) || MayFillArguments(method)) && MayYieldOwnData(method))
                ? _summaries.SummaryOf(method, _stack) : null;
            JudgeArguments(arguments, argumentValues, established, summary);
            JudgeHandedFunctions(invocation, summary, receiver, argumentValues, linq, established);
            if ((_judging || Summarizing) && invocation.Instance is not null and not IInstanceReferenceOperation && MaySummarize(method)
                && argumentValues.Any(value => value is { IsEmpty: false }))
                JudgeStoredArguments(method, arguments, argumentValues, established);
            if (Summarizing)
                RecordInvokedParameter(invocation, argumentValues, established);

            if (method.MethodKind == MethodKind.LocalFunction)
                return NestedCall(method, invocation, argumentValues, established);

            var targets = DelegateTargetsOf(invocation, out var onlyTarget);
            var result = onlyTarget is not null
                ? NestedCall(onlyTarget, invocation, argumentValues, established)
                : CallResult(invocation, method, receiver, sources, argumentValues, lambdaValues, lastLambda, summary, established);
            if (onlyTarget is null)
                foreach (var target in targets)
                    result = result.Union(NestedCall(target, invocation, argumentValues, established));

            if (summary is not null)
            {
                FillArguments(invocation.Arguments, summary, argumentValues, receiver, established);
                WriteReceiverMembers(invocation, summary, argumentValues, receiver, established);
            }
            else
                FillLibraryArguments(invocation, sources, established);

            // Out and ref arguments receive what the callee writes there (from its summary), else anything the call could see.
            AssignOutArguments(arguments, parameter => summary is not null
                ? MethodSummary.Instantiate(summary.OutParameterTaint(parameter.Ordinal), ordinal => ArgumentFor(invocation, ordinal, argumentValues), receiver, established)
                : result.Union(sources), established);

            // Calling a delegate whose function is known stores nothing in the delegate: that function's effects are its own.
            if (onlyTarget is null)
                StoreIntoReceiver(invocation, arguments, argumentValues, established);
            return result;
        }

        /// <summary>
        /// Out and ref arguments receive what the callee writes to their parameters. One variable passed to two of them
        /// (<c>Both(ref x, ref x)</c>) is one storage the callee knows by two names: either write may be the last, and each
        /// name reads what the other wrote, so the variable receives what is written to any of them.
        /// </summary>
        private void AssignOutArguments(ImmutableArray<IArgumentOperation> arguments, Func<IParameterSymbol, Taint> written, PurposeSet established)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter is not { RefKind: RefKind.Out or RefKind.Ref } parameter)
                    continue;
                var value = written(parameter);
                foreach (var other in arguments)
                    if (!ReferenceEquals(other, argument) && other.Parameter is { RefKind: RefKind.Out or RefKind.Ref } otherParameter && SameVariable(other.Value, argument.Value))
                        value = value.Union(written(otherParameter));
                Assign(argument.Value, value, established, argument.Value);
            }
        }

        private static bool SameVariable(IOperation left, IOperation right) => (left, right) switch
        {
            (ILocalReferenceOperation a, ILocalReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Local, b.Local),
            (IParameterReferenceOperation a, IParameterReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Parameter, b.Parameter),
            (IFieldReferenceOperation a, IFieldReferenceOperation b) => SymbolEqualityComparer.Default.Equals(a.Field, b.Field)
                && (a.Instance is null && b.Instance is null || a.Instance is IInstanceReferenceOperation && b.Instance is IInstanceReferenceOperation
                    || a.Instance is not null && b.Instance is not null && SameVariable(a.Instance, b.Instance)),
            _ => false,
        };

        /// <summary>Only calls that may return or sink personal data are worth a summary.</summary>
        private static bool MaySummarize(IMethodSymbol method) =>
            method.MethodKind != MethodKind.LocalFunction && FlowSummaries.MayHaveSummary((method.ReducedFrom ?? method).OriginalDefinition);

        /// <summary>
        /// Given nothing personal, a call yields personal data only from what its callee reads of its own (<see cref="PersonalReach"/>).
        /// A [ConsentCleared] callee's summary also says whether it returns what it was given (then nothing personal) or data of
        /// its own, so it is always summarized.
        /// </summary>
        private bool MayYieldOwnData(IMethodSymbol method) =>
            !_model.GetClearedPurposes(method).IsEmpty || _summaries.MayYieldPersonalData(method);

        /// <summary>A helper given an object may put its own personal data into it (<c>Append(list)</c>): <see cref="FillArguments"/>.</summary>
        private static bool MayFillArguments(IMethodSymbol method) => method.Parameters.Any(p => !IsImmutable(p.Type) && !p.Type.IsValueType);

        private static bool ReturnsPersonalCandidate(IMethodSymbol method) =>
            !method.ReturnsVoid && method.ReturnType.SpecialType != SpecialType.System_Boolean || method.Parameters.Any(p => p.RefKind is RefKind.Out or RefKind.Ref);

        private Taint CallResult(IInvocationOperation invocation, IMethodSymbol method, Taint receiver, Taint sources, Taint[] argumentValues,
                                 Taint lambdaValues, IMethodSymbol? lastLambda, MethodSummary? summary, PurposeSet established)
        {
            if (method.ReturnsVoid || TypeFacts.IsBoolLike(method.ReturnType) || _model.GetCheck(method) is not null || _model.IsAnonymizer(method))
                return Taint.Empty;

            var cleared = _model.GetClearedPurposes(method);
            if (!cleared.IsEmpty)
                return ClearedValue(method, cleared, summary, ordinal => ArgumentFor(invocation, ordinal, argumentValues), receiver, established);

            var inputs = sources.Union(lambdaValues);
            Taint result;
            var shape = LinqOperators.ShapeOf(method, lastLambda is not null || invocation.Arguments.Any(a => a.Value.WithoutConversions() is IDelegateCreationOperation { Target: IMethodReferenceOperation }));
            if (shape != LinqShape.None)
                result = LinqResult(shape, invocation, sources, lambdaValues, lastLambda);
            else if (summary is { NeverReturns: false })
            {
                // What the body reads from `this` is in its summary; a receiver that merely has personal
                // members adds nothing more, while a collection or builder receiver passes its data on.
                result = MethodSummary.Instantiate(summary.Returned, ordinal => ArgumentFor(invocation, ordinal, argumentValues), receiver, established);
                if (!_model.HasPersonalMembersOnly(invocation.Instance?.Type))
                    result = result.Union(receiver);
            }
            else
                result = inputs;

            // [return: PersonalData]: what the method returns is personal whatever it was computed from.
            if (_model.GetPersonalData(method) is { } personal)
                result = result.Union(Taint.Of(new Fact(_model.OriginOf(method.OriginalDefinition, personal), receiver.CommonClearance().Union(established))));
            // A call that is given nothing personal returns what its type says; not while inputs may still be empty only
            // because the lambdas feeding them have not been seeded yet (see _deferReadsFromEmptyElements).
            if (result.IsEmpty && inputs.IsEmpty && !_deferReadsFromEmptyElements)
                result = TypeTaint(method.ReturnType, established);
            return result;
        }

        private static Taint ArgumentFor(IInvocationOperation invocation, int ordinal, Taint[] argumentValues) => ArgumentFor(invocation.Arguments, ordinal, argumentValues);

        private static Taint ArgumentFor(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, int ordinal, Taint[] argumentValues)
        {
            for (var i = 0; i < arguments.Length; i++)
                if (arguments[i].Parameter?.Ordinal == ordinal)
                    return argumentValues[i] ?? Taint.Empty;
            return Taint.Empty;
        }

        private Taint LinqResult(LinqShape shape, IInvocationOperation invocation, Taint sources, Taint lambdaValues, IMethodSymbol? lastLambda)
        {
            switch (shape)
            {
                case LinqShape.Nothing:
                    return Taint.Empty;
                case LinqShape.Filter:
                    return sources.ClearedFor(PredicateImplies(invocation));
                case LinqShape.Projection:
                    if (lastLambda is not null)
                        return Read(lastLambda);
                    foreach (var argument in invocation.Arguments)
                        if (argument.Value.WithoutConversions() is IDelegateCreationOperation { Target: IMethodReferenceOperation reference })
                            return MethodGroupResult(reference.Method, sources, PurposeSet.Empty);
                    return sources;
                case LinqShape.SourceAndSelectors:
                    if (FirstLambda(invocation) is { } keySelector)
                        RecordGrouping(invocation.TargetMethod, LambdaCount(invocation) >= 2 ? lambdaValues : sources, Read(keySelector));
                    // ToDictionary(key, element) holds keys and elements; without an element selector, the source's elements.
                    return LambdaCount(invocation) >= 2 ? lambdaValues : sources.Union(lambdaValues);
                default:
                    return sources;
            }
        }

        private static IMethodSymbol? FirstLambda(IInvocationOperation invocation) =>
            invocation.Arguments.Select(a => LambdaOf(a.Value)).FirstOrDefault(l => l is not null);

        private static int LambdaCount(IInvocationOperation invocation) => invocation.Arguments.Count(a => LambdaOf(a.Value) is not null);

        /// <summary>Purposes a filter's predicate establishes for the elements it lets through (<c>Where(m => consent.IsGranted(m.Id, P))</c>).</summary>
        private PurposeSet PredicateImplies(IInvocationOperation invocation)
        {
            var implied = PurposeSet.Empty;
            foreach (var argument in invocation.Arguments)
            {
                var predicate = LambdaOf(argument.Value)
                    ?? (argument.Value.WithoutConversions() is IDelegateCreationOperation { Target: IMethodReferenceOperation reference } ? reference.Method : null)
                    ?? OnlyDelegateTarget(argument.Value);
                if (predicate is not null)
                    implied = implied.Union(_checks.ImpliedWhenTrue(predicate));
            }
            return implied;
        }

        private static IMethodSymbol? LambdaOf(IOperation value) =>
            value.WithoutConversions() switch
            {
                IDelegateCreationOperation { Target: IFlowAnonymousFunctionOperation lambda } => lambda.Symbol,
                IFlowAnonymousFunctionOperation lambda => lambda.Symbol,
                _ => null,
            };

        /// <summary>
        /// Seeds a lambda's parameters: parameter j receives <c>seeds[j]</c> (the last seed for the rest). Given the same seed
        /// for every parameter (a call that is not a LINQ operator), primitive value-type parameters such as an index or a
        /// count are left out, as they cannot hold the data; a LINQ operator's seeds are element by element (<see cref="LinqSeeds"/>
        /// gives an index nothing), so there a primitive parameter is an element and carries it: the characters of a personal
        /// string, the numbers of a personal array (derived data stays personal: <c>text.Select(c => (float)c)</c>, case e114).
        /// </summary>
        private void SeedLambda(IMethodSymbol lambda, Taint[] seeds, bool elementwise)
        {
            if (_seededLambdas.Add(lambda))
                _changed = true;
            for (var j = 0; j < lambda.Parameters.Length; j++)
            {
                var parameter = lambda.Parameters[j];
                if (!elementwise && parameter.Type.IsValueType && parameter.Type.SpecialType != SpecialType.None)
                    continue;
                Write(parameter, seeds.Length == 0 ? Taint.Empty : seeds[System.Math.Min(j, seeds.Length - 1)]);
            }
        }

        /// <summary>
        /// What a source method's summary says it passes to the lambda given as argument <paramref name="position"/>, per parameter
        /// (<c>foreach (var c in text) visit(c)</c>: each character, a primitive included: issue #18, shape 6), with what any
        /// parameter could receive from the call besides (the method may keep the lambda and call it later). Null when the
        /// call gives nothing personal or the callee has no summary that calls it.
        /// </summary>
        private Taint[]? InvokedSeeds(IInvocationOperation invocation, int position, Taint receiver, Taint sources, Taint[] argumentValues, PurposeSet established)
        {
            var method = invocation.TargetMethod;
            if (sources.IsEmpty || !MaySummarize(method) || invocation.Arguments[position].Parameter is not { } parameter
                || LambdaOf(invocation.Arguments[position].Value) is not { } lambda
                || _summaries.SummaryOf(method, _stack) is not { } summary || !summary.InvokedParameters.TryGetValue(parameter.Ordinal, out var invoked))
                return null;
            var seeds = new Taint[lambda.Parameters.Length];
            for (var p = 0; p < seeds.Length; p++)
            {
                var type = lambda.Parameters[p].Type;
                seeds[p] = (type.IsValueType && type.SpecialType != SpecialType.None ? Taint.Empty : sources)
                    .Union(p < invoked.Length ? MethodSummary.Instantiate(invoked[p], ordinal => ArgumentFor(invocation, ordinal, argumentValues), receiver, established) : Taint.Empty);
            }
            return seeds;
        }

        /// <summary>
        /// Element by element (SPEC §5): what each parameter of a LINQ operator's lambda receives. The first parameter
        /// gets the source's elements; a join's or zip's second source feeds the parameters that stand for it;
        /// SelectMany's result selector receives the collection selector's elements; Aggregate's accumulator its seed
        /// and its own results.
        /// </summary>
        private Taint[] LinqSeeds(IMethodSymbol method, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, Taint[] values,
                                  int position, IMethodSymbol? previousLambda, IMethodSymbol lambda)
        {
            Taint Value(int index) => index < values.Length && values[index] is { } value && LambdaOf(arguments[index].Value) is null ? value : Taint.Empty;
            var source = Value(0);
            switch (method.Name)
            {
                case "Join":
                case "GroupJoin":
                    return position switch
                    {
                        2 => new[] { source },
                        3 => new[] { Value(1) },
                        _ => new[] { source, Value(1) },
                    };
                case "Zip":
                    return new[] { source, Value(1) };
                case "SelectMany" when previousLambda is not null:
                    return new[] { source, Read(previousLambda) };
                case "Aggregate":
                    {
                        var seeded = arguments.Length > 2 && LambdaOf(arguments[1].Value) is null;
                        if (seeded && previousLambda is not null)
                            return new[] { Read(previousLambda) }; // the result selector gets the final accumulator
                        var accumulator = (seeded ? Value(1) : source).Union(Read(lambda));
                        return new[] { accumulator, source };
                    }
                default:
                    return new[] { source, Taint.Empty };
            }
        }

        /// <summary>
        /// The value of a <c>[ConsentCleared(P)]</c> method: cleared for P. When its body is here and returns data we can
        /// follow, that data (with its origins, so purpose limitation still applies; nothing when given a constant);
        /// otherwise (another assembly, an interface, a body whose data we cannot see) personal data of unknown origin (SPEC §5).
        /// </summary>
        private static Taint ClearedValue(IMethodSymbol method, PurposeSet cleared, MethodSummary? summary, System.Func<int, Taint> argument, Taint receiver, PurposeSet established) =>
            summary is { Returned.IsEmpty: false }
                ? MethodSummary.Instantiate(summary.Returned, argument, receiver, established).ClearedFor(cleared)
                : Taint.Of(new Fact(Origin.Unknown("the value of " + Origin.DisplayOf(method)), cleared));

        /// <summary>A method group used as a selector (<c>Select(Describe)</c>, <c>Select(Redactor.Redact)</c>): what the method returns for each element.</summary>
        private Taint MethodGroupResult(IMethodSymbol method, Taint element, PurposeSet established)
        {
            if (method.ReturnsVoid || TypeFacts.IsBoolLike(method.ReturnType) || _model.IsAnonymizer(method) || _model.GetCheck(method) is not null)
                return Taint.Empty;
            var cleared = _model.GetClearedPurposes(method);
            if (!cleared.IsEmpty)
                return ClearedValue(method, cleared, MaySummarize(method) ? _summaries.SummaryOf(method, _stack) : null, _ => element, Taint.Empty, established);
            if (method.MethodKind == MethodKind.LocalFunction)
            {
                if (NestedSummary(method) is { } nested)
                    return MethodSummary.Instantiate(nested.Returned, _ => element, Taint.Empty, established);
                // A local function that shares variables with this body is analyzed with it: give it the elements and read what it returns.
                foreach (var parameter in method.Parameters)
                    Write(parameter.OriginalDefinition, element.ClearedFor(established));
                return Read(method.OriginalDefinition);
            }
            var result = MaySummarize(method) && _summaries.SummaryOf(method, _stack) is { } summary
                ? MethodSummary.Instantiate(summary.Returned, _ => element, Taint.Empty, established)
                : element;
            if (_model.GetPersonalData(method) is { } personal)
                result = result.Union(Taint.Of(new Fact(_model.OriginOf(method.OriginalDefinition, personal), established)));
            return result;
        }

        /// <summary>Objects passed to a helper that fills them (<c>AppendProfile(sb, m)</c>) hold what it put in.</summary>
        private void FillArguments(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, MethodSummary summary, Taint[] argumentValues, Taint receiver, PurposeSet established)
        {
            foreach (var filled in summary.FilledParameters)
                foreach (var argument in arguments)
                    if (argument.Parameter?.Ordinal == filled.Key && MutationRoot(argument.Value) is { } root)
                        WriteRoot(root, MethodSummary.Instantiate(filled.Value, ordinal => ArgumentFor(arguments, ordinal, argumentValues), receiver, established));
            // Only the members written hold it (`Fill(o, m)` writing o.Plain.Text: o.Title and o.Plain.Other stay clean).
            foreach (var member in summary.FilledMembers)
                RecordMemberWrite(member.Key, MethodSummary.Instantiate(member.Value, ordinal => ArgumentFor(arguments, ordinal, argumentValues), receiver, established));
        }

        /// <summary>
        /// What a method writes into its receiver's members (<c>public void SetElem(string e) => Elem = e;</c>), called on an
        /// object this body does not follow (<c>b.GetBox().SetElem(x)</c>): those members now may hold it wherever they are read
        /// here (issue #18, shape 2). A receiver this body follows (a local) holds it already (<see cref="StoreIntoReceiver"/>).
        /// </summary>
        private void WriteReceiverMembers(IInvocationOperation invocation, MethodSummary summary, Taint[] argumentValues, Taint receiver, PurposeSet established)
        {
            if (invocation.Instance is not { } instance || instance is IInstanceReferenceOperation || MutationRoot(instance) is not null)
                return;
            foreach (var written in summary.ReceiverWrites)
                WriteEscaped(written.Key, MethodSummary.Instantiate(written.Value, ordinal => ArgumentFor(invocation, ordinal, argumentValues), receiver, established));
        }

        /// <summary>
        /// Arguments a constructor or method keeps for another member to send to a sink (a command object, a queue flushed
        /// later): the <c>new</c> or the call is that sink.
        /// </summary>
        private void JudgeStoredArguments(IMethodSymbol storer, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, Taint[] argumentValues, PurposeSet established)
        {
            var sinks = _summaries.StoredArgumentSinks(storer, _stack);
            if (sinks.IsEmpty)
                return;
            for (var i = 0; i < arguments.Length; i++)
                if (arguments[i].Parameter is { } parameter && sinks.TryGetValue(parameter.Ordinal, out var purposes))
                    foreach (var purpose in purposes.Items)
                        Judge(argumentValues[i], purpose, established, arguments[i].Value.Syntax);
        }

        /// <summary>
        /// A library call that copies or writes (it returns nothing or a count) given personal data by its receiver or arguments
        /// fills the buffers passed to it: <c>Array.Copy(heads, copy, n)</c>, <c>heads.CopyTo(copy)</c>, <c>source.CopyTo(target)</c>,
        /// <c>Encoding.UTF8.GetBytes(p, 0, n, buffer, 0)</c> (probe17 p17-67). Only locals of this body are filled.
        /// </summary>
        private void FillLibraryArguments(IInvocationOperation invocation, Taint sources, PurposeSet established)
        {
            var method = invocation.TargetMethod;
            if (sources.IsEmpty || !method.DeclaringSyntaxReferences.IsDefaultOrEmpty || _model.GetCheck(method) is not null || _model.IsAnonymizer(method)
                || !(method.ReturnsVoid || method.ReturnType.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64))
                return;
            foreach (var argument in invocation.Arguments)
                if (argument.Parameter is { RefKind: RefKind.None } parameter && TypeFacts.IsWritableBuffer(parameter.Type)
                    && _model.GetParameterSinkPurposes(parameter).IsEmpty && LocalObjectRoot(argument.Value.WithoutConversions()) is { } root)
                    WriteRoot(root, sources.ClearedFor(established));
        }

        /// <summary>Personal arguments of an instance call land in its receiver's storage (collections, builders, local objects), unless they went to a sink.</summary>
        private void StoreIntoReceiver(IInvocationOperation invocation, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, Taint[] argumentValues, PurposeSet established)
        {
            if (invocation.Instance is null || _model.GetCheck(invocation.TargetMethod) is not null || IsImmutable(invocation.Instance.Type))
                return;
            var stored = Taint.Empty;
            for (var i = 0; i < arguments.Length; i++)
                if (arguments[i].Parameter is not { } parameter || _model.GetParameterSinkPurposes(parameter).IsEmpty)
                    stored = stored.Union(argumentValues[i] ?? Taint.Empty);
            if (stored.IsEmpty)
                return;
            if (MutationRoot(invocation.Instance) is { } root)
            {
                RecordWriteThrough(invocation.Instance, stored.ClearedFor(established));
                WriteRoot(root, stored.ClearedFor(established));
            }
        }

        /// <summary>
        /// Values whose methods cannot change them (issue #18): a string method returns a new string (<c>s.Replace(" ", p)</c>
        /// leaves <c>s</c> as it was), as do the primitives' and the immutable collections' (not their builders).
        /// </summary>
        private static bool IsImmutable(ITypeSymbol? type) =>
            type is not null && (type.SpecialType == SpecialType.System_String || type.IsValueType && type.SpecialType != SpecialType.None
                || type.ContainingType is null && SymbolNames.HasFullName(type.ContainingNamespace, "System.Collections.Immutable")); // not their nested Builders

        private Taint ObjectCreationValue(IObjectCreationOperation creation, PurposeSet established)
        {
            var value = Taint.Empty;
            var arguments = creation.Arguments;
            var argumentValues = new Taint[arguments.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                argumentValues[i] = Evaluate(arguments[i].Value, established);
                value = value.Union(argumentValues[i]);
            }
            if (creation.Constructor is { } constructor)
            {
                var summary = MaySummarize(constructor) && (!value.IsEmpty || MayFillArguments(constructor) && MayYieldOwnData(constructor))
                    ? _summaries.SummaryOf(constructor, _stack) : null;
                JudgeArguments(arguments, argumentValues, established, summary);
                // A constructor that writes into an object passed to it (`new A(c, m)` storing m.Post into c.Text): the object holds it.
                if (summary is not null)
                    FillArguments(arguments, summary, argumentValues, Taint.Empty, established);
                if (!value.IsEmpty && (_judging || Summarizing))
                    JudgeStoredArguments(constructor, arguments, argumentValues, established);
            }
            // A new object holds only what is passed in (its initializer is lowered into stores into it).
            return value.Union(Evaluate(creation.Initializer, established));
        }
    }
}
