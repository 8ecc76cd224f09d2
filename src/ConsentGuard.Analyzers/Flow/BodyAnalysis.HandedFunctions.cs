using System.Collections.Generic;
using System.Linq;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>
    /// Functions handed to other code (issue #18, shape 1; docs/semantics.md §1.3): a method group, or a delegate local, field or
    /// property whose functions are known, passed to a call that may call it. A lambda written in the call is analyzed where it
    /// is, seeded with what the call is given; a function handed over is judged at the argument that hands it over, against
    /// what the callee passes to it: what its summary says it passes (<c>Apply(Action&lt;T&gt; a, T x) => a(x)</c>: then at
    /// the argument that supplied the value), else (a library method, a virtual one) what a lambda there would be seeded with
    /// (<c>list.ForEach(In3)</c>, <c>people.Select(SinkIt)</c>).
    /// </summary>
    internal sealed partial class BodyAnalysis
    {
        /// <summary>The functions a delegate argument may be, when it is not a lambda written in the call: a method group, a delegate local, field or property.</summary>
        private IEnumerable<IMethodSymbol> HandedFunctions(IOperation value)
        {
            if (LambdaOf(value) is not null)
                return System.Array.Empty<IMethodSymbol>();
            if (DelegateTargets.FunctionOf(value) is { } function)
                return new[] { function };
            return DelegateLocalTargets(value, out _);
        }

        /// <summary>A delegate parameter of the method being summarized, passed on or called (<c>a(x)</c>, <c>xs.ForEach(a)</c>).</summary>
        private IParameterSymbol? OwnDelegateParameter(IOperation? value) =>
            Summarizing && value?.WithoutConversions() is IParameterReferenceOperation { Parameter: { Type.TypeKind: TypeKind.Delegate } parameter }
            && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, _ownerMethod) ? parameter : null;

        /// <summary>While summarizing, a call of a delegate parameter: its summary says what the method passes to it, per position.</summary>
        private void RecordInvokedParameter(IInvocationOperation invocation, Taint[] argumentValues, PurposeSet established)
        {
            if (invocation.TargetMethod.MethodKind != MethodKind.DelegateInvoke || OwnDelegateParameter(invocation.Instance) is not { } parameter)
                return;
            var passed = new Taint[invocation.TargetMethod.Parameters.Length];
            for (var i = 0; i < invocation.Arguments.Length; i++)
                if (invocation.Arguments[i].Parameter is { } position && position.Ordinal < passed.Length)
                    passed[position.Ordinal] = (argumentValues[i] ?? Taint.Empty).ClearedFor(established);
            AddInvoked(parameter.Ordinal, passed);
        }

        private void AddInvoked(int ordinal, Taint[] passed)
        {
            if (!_result.InvokedParameters.TryGetValue(ordinal, out var known))
            {
                _result.InvokedParameters[ordinal] = passed.Select(t => t ?? Taint.Empty).ToArray();
                return;
            }
            for (var p = 0; p < known.Length && p < passed.Length; p++)
                known[p] = known[p].Union(passed[p] ?? Taint.Empty);
        }

        /// <summary>
        /// Each function handed to <paramref name="invocation"/> is called by the callee with what it passes: judged against the
        /// function's sinks (or, for a delegate parameter of the method being summarized, recorded for its callers).
        /// </summary>
        private void JudgeHandedFunctions(IInvocationOperation invocation, MethodSummary? summary, Taint receiver, Taint[] argumentValues, bool linq, PurposeSet established)
        {
            if (!_judging && !Summarizing)
                return;
            var arguments = invocation.Arguments;
            for (var i = 0; i < arguments.Length; i++)
            {
                if (arguments[i].Parameter is not { Type.TypeKind: TypeKind.Delegate } parameter)
                    continue;
                var functions = HandedFunctions(arguments[i].Value).ToList();
                var passedOn = OwnDelegateParameter(arguments[i].Value);
                if (functions.Count == 0 && passedOn is null)
                    continue;
                var method = invocation.TargetMethod;
                summary ??= MaySummarize(method) ? _summaries.SummaryOf(method, _stack) : null;
                Taint[] passed;
                if (summary is not null)
                {
                    if (!summary.InvokedParameters.TryGetValue(parameter.Ordinal, out var invoked))
                        continue; // the callee's body does not call it
                    passed = invoked.ToArray();
                }
                else
                    passed = CalledWith(invocation, i, receiver, argumentValues, linq, functions.FirstOrDefault());

                if (passedOn is not null)
                {
                    AddInvoked(passedOn.Ordinal, summary is null ? passed
                        : passed.Select(t => MethodSummary.Instantiate(t, ordinal => ArgumentFor(invocation, ordinal, argumentValues), receiver, established)).ToArray());
                    continue;
                }
                foreach (var function in functions)
                    JudgeCalledFunction(InThisBody(function), passed, summary is not null, invocation, i, argumentValues, receiver, established);
            }
        }

        /// <summary>
        /// What a callee with no summary may pass to the function handed as argument <paramref name="position"/>: what a lambda
        /// written there would be seeded with (a LINQ operator's elements, else everything the call is given).
        /// </summary>
        private Taint[] CalledWith(IInvocationOperation invocation, int position, Taint receiver, Taint[] argumentValues, bool linq, IMethodSymbol? function)
        {
            var arguments = invocation.Arguments;
            if (linq && function is not null)
                return LinqSeeds(invocation.TargetMethod, arguments, argumentValues, position, null, function);
            var given = receiver;
            for (var j = 0; j < arguments.Length; j++)
                if (j != position && argumentValues[j] is { } value && arguments[j].Parameter?.RefKind != RefKind.Out)
                    given = given.Union(value);
            var count = function?.Parameters.Length ?? 1;
            var seeds = new Taint[count];
            for (var p = 0; p < count; p++)
                seeds[p] = function is not null && function.Parameters[p].Type.IsValueType && function.Parameters[p].Type.SpecialType != SpecialType.None
                    ? Taint.Empty // an index or a count cannot hold what the call was given (see SeedLambda)
                    : given;
            return seeds;
        }

        /// <summary>
        /// One function called with <paramref name="passed"/> (per position): its sink parameters judged. A value from a parameter
        /// placeholder of the callee's summary is the argument that supplied it, judged there; the rest at the handed function.
        /// A function of this body that shares its variables is analyzed with it: its parameters receive the values instead.
        /// </summary>
        private void JudgeCalledFunction(IMethodSymbol function, Taint[] passed, bool fromSummary, IInvocationOperation invocation, int position,
                                         Taint[] argumentValues, Taint receiver, PurposeSet established)
        {
            var local = function.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction;
            var summary = local ? NestedSummary(function) : MaySummarize(function) ? _summaries.SummaryOf(function, _stack) : null;
            if (summary is null && local && GraphOf(function.OriginalDefinition) is not null)
            {
                for (var p = 0; p < passed.Length && p < function.Parameters.Length; p++)
                    Write(function.Parameters[p].OriginalDefinition, Instantiated(passed[p], fromSummary, invocation, argumentValues, receiver, established).ClearedFor(established));
                if (function.MethodKind == MethodKind.AnonymousFunction && _seededLambdas.Add(function.OriginalDefinition))
                    _changed = true;
                return;
            }
            var handedAt = invocation.Arguments[position].Value.Syntax;
            for (var p = 0; p < passed.Length && p < function.Parameters.Length; p++)
            {
                var purposes = DelegateTargets.DeclaredParameter(function, p) is { } declared ? _model.GetParameterSinkPurposes(declared) : PurposeSet.Empty;
                if (summary is not null)
                    purposes = purposes.Union(summary.SinkPurposesOf(DelegateTargets.DeclaredOrdinal(function, p)));
                if (purposes.IsEmpty || passed[p] is not { IsEmpty: false } value)
                    continue;
                foreach (var purpose in purposes.Items)
                {
                    if (!fromSummary)
                    {
                        Judge(value, purpose, established, handedAt);
                        continue;
                    }
                    Judge(Instantiated(value.Where(f => !f.Origin.IsParameterPlaceholder), true, invocation, argumentValues, receiver, established), purpose, established, handedAt);
                    foreach (var fact in value.Facts.Where(f => f.Origin.IsParameterPlaceholder))
                        foreach (var argument in invocation.Arguments)
                            if (argument.Parameter?.Ordinal == fact.Origin.ParameterOrdinal)
                                Judge(Instantiated(Taint.Of(fact), true, invocation, argumentValues, receiver, established), purpose, established, argument.Value.Syntax);
                }
            }
        }

        private static Taint Instantiated(Taint passed, bool fromSummary, IInvocationOperation invocation, Taint[] argumentValues, Taint receiver, PurposeSet established) =>
            fromSummary ? MethodSummary.Instantiate(passed, ordinal => ArgumentFor(invocation, ordinal, argumentValues), receiver, established) : passed;

        /// <summary>
        /// The receiver an extension method is bound to as a delegate (<c>Action&lt;ICorpus&gt; send = m.Post.SendTo</c>): the delegate
        /// holds it, and calls the extension with it as <c>this</c>, so it is used for what that parameter is a sink for, judged where
        /// the delegate is made (the call may be anywhere the delegate goes). The control-flow graph drops the receiver of a static
        /// method; it is read from the body's own operation tree.
        /// </summary>
        private Taint BoundReceiverValue(IDelegateCreationOperation creation, PurposeSet established)
        {
            if (DelegateTargets.FunctionOf(creation) is not { ReducedFrom: { } extension } || creation.Target is not IMethodReferenceOperation reference
                || (reference.Instance ?? DroppedReceiver(reference)) is not { } instance)
                return Taint.Empty;
            var receiver = Evaluate(instance, established);
            if (receiver.IsEmpty || (!_judging && !Summarizing))
                return receiver;
            var purposes = _model.GetParameterSinkPurposes(extension.Parameters[0]);
            if (MaySummarize(extension) && _summaries.SummaryOf(extension, _stack) is { } summary)
                purposes = purposes.Union(summary.SinkPurposesOf(0));
            foreach (var purpose in purposes.Items)
                Judge(receiver, purpose, established, instance.Syntax);
            return receiver;
        }

        private IOperation? DroppedReceiver(IMethodReferenceOperation reference) =>
            _model.SemanticModelFor(reference.Syntax.SyntaxTree).GetOperation(reference.Syntax, _cancellationToken)?
                .DescendantsAndSelf().OfType<IMethodReferenceOperation>().FirstOrDefault()?.Instance;

        /// <summary>
        /// What a method group is worth as a value: the personal data its method returns of its own (<c>new Lazy&lt;string&gt;(LoadPost)</c>
        /// read through <c>.Value</c>), as a lambda's value is what it returns. Not what it returns of its arguments (a selector's
        /// element, <c>Select(Describe.HeadlineOf)</c>): that is the call's to say, where the arguments are known.
        /// </summary>
        private Taint MethodGroupValue(IMethodSymbol method, PurposeSet established)
        {
            if (!_model.GetClearedPurposes(method).IsEmpty)
                return Taint.Empty; // what it returns is cleared where it is called; the call is judged there
            var value = _model.GetPersonalData(method) is { } personal
                ? Taint.Of(new Fact(_model.OriginOf(method.OriginalDefinition, personal), established))
                : Taint.Empty;
            if (MaySummarize(method) && _summaries.MayYieldPersonalData(method) && _summaries.SummaryOf(method, _stack) is { } summary)
            {
                var own = summary.Returned.Where(f => !f.Origin.IsParameterPlaceholder && f.Cleared.Markers.All(marker => marker == PurposeSet.ThisMarker));
                value = value.Union(MethodSummary.Instantiate(own, _ => Taint.Empty, Taint.Empty, established));
            }
            return value;
        }
    }
}
