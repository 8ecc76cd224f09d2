using System.Collections.Immutable;
using System.Linq;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>Sinks: where a personal value is used for a purpose, and the verdict there (SPEC §5).</summary>
    internal sealed partial class BodyAnalysis
    {
        /// <summary>
        /// Arguments judged against the sinks their parameters declare and those the callee's summary found. A call that
        /// forwards its arguments (a delegate's or local function's target, <paramref name="forwardedTo"/>) is judged against
        /// that function's parameters.
        /// </summary>
        private void JudgeArguments(ImmutableArray<IArgumentOperation> arguments, Taint[] argumentValues, PurposeSet established, MethodSummary? summary,
                                    IMethodSymbol? forwardedTo = null)
        {
            if (!_judging && !Summarizing)
                return;
            for (var i = 0; i < arguments.Length; i++)
            {
                var argument = arguments[i];
                var value = argumentValues[i];
                if (argument.Parameter is not { } parameter || value is null || value.IsEmpty)
                    continue;
                var sinkParameter = forwardedTo is null ? parameter : DelegateTargets.DeclaredParameter(forwardedTo, parameter.Ordinal);
                if (sinkParameter is null)
                    continue;
                var purposes = _model.GetParameterSinkPurposes(sinkParameter);
                if (forwardedTo is null)
                    purposes = purposes.Union(_model.GetConditionalSinkPurposes(parameter, arguments)); // `sink … when …`: decided by this call's arguments
                if (summary is not null)
                    purposes = purposes.Union(summary.SinkPurposesOf(forwardedTo is null ? parameter.Ordinal : DelegateTargets.DeclaredOrdinal(forwardedTo, parameter.Ordinal)));
                if (purposes.IsEmpty)
                    continue;
                foreach (var purpose in purposes.Items)
                {
                    if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } elements } && argument.IsImplicit)
                    {
                        foreach (var element in elements.ElementValues)
                            Judge(Evaluate(element, established), purpose, established, element.Syntax);
                    }
                    else
                    {
                        Judge(value, purpose, established, argument.Value.Syntax);
                    }
                }
            }
        }

        /// <summary>
        /// <c>corpus.Add(d)</c> with a dynamic argument binds at run time: every same-named method of the receiver's
        /// static type that could be chosen lends its sinks (when in doubt, flag).
        /// </summary>
        private Taint DynamicInvocationValue(IDynamicInvocationOperation invocation, PurposeSet established)
        {
            var value = Evaluate(invocation.Operation, established);
            var arguments = new Taint[invocation.Arguments.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                arguments[i] = Evaluate(invocation.Arguments[i], established);
                value = value.Union(arguments[i]);
            }
            if ((_judging || Summarizing) && invocation.Operation is IDynamicMemberReferenceOperation { Instance.Type: { TypeKind: not TypeKind.Dynamic } receiverType } member)
            {
                foreach (var candidate in receiverType.GetMembers(member.MemberName).OfType<IMethodSymbol>())
                    for (var i = 0; i < arguments.Length && i < candidate.Parameters.Length; i++)
                        foreach (var purpose in _model.GetParameterSinkPurposes(candidate.Parameters[i]).Items)
                            Judge(arguments[i], purpose, established, invocation.Arguments[i].Syntax);
            }
            return value;
        }

        private void JudgeAssignment(ISymbol member, Taint value, PurposeSet established, IOperation valueOperation)
        {
            if ((!_judging && !Summarizing) || value.IsEmpty)
                return;
            var purposes = _model.GetAssignmentSinkPurposes(member);
            // A setter that passes `value` to a sink makes the assignment a sink, like any inferred sink.
            if (member is IPropertySymbol { SetMethod: { Parameters.Length: > 0 } setter } && MaySummarize(setter) && _summaries.SummaryOf(setter, _stack) is { } summary)
                purposes = purposes.Union(summary.SinkPurposesOf(setter.Parameters.Length - 1));
            // A setter that keeps `value` in storage another member sends to a sink (`set => _text = value;`): the same.
            if (member is IPropertySymbol { SetMethod: { Parameters.Length: > 0 } keeper } && MaySummarize(keeper)
                && _summaries.StoredArgumentSinks(keeper, _stack).TryGetValue(keeper.Parameters.Length - 1, out var kept))
                purposes = purposes.Union(kept);
            foreach (var purpose in purposes.Items)
                Judge(value, purpose, established, valueOperation.Syntax);
        }

        /// <summary>
        /// The verdict for <paramref name="value"/> used for <paramref name="purpose"/> where <paramref name="established"/> holds:
        /// CG0002 when an origin does not declare the purpose; otherwise fine when every piece is cleared for it;
        /// otherwise CG0003 when consent is established for other purposes only, else CG0001.
        /// </summary>
        private void Judge(Taint value, string purpose, PurposeSet established, SyntaxNode node)
        {
            if (value.IsEmpty)
                return;
            node = WholeExpression(node);
            if (_model.IsExempt(_owner, purpose))
            {
                if (_judging && _judged.Add((node, purpose)))
                    _result.ExemptFlows.Add(new ExemptFlow(purpose, node, OriginNames(value)));
                return;
            }

            if (ProbingStorage)
            {
                foreach (var fact in value.Facts)
                    if (_storageProbes.TryGetValue(fact.Origin, out var storage) && !fact.Cleared.Union(established).Contains(purpose))
                        _result.StorageSinks[storage] = _result.StorageSinks.TryGetValue(storage, out var sunk) ? sunk.Union(PurposeSet.Of(purpose)) : PurposeSet.Of(purpose);
                return;
            }
            if (Summarizing)
            {
                // Only the parameters matter to callers; what the body does with its own data it reports itself.
                foreach (var fact in value.Facts)
                    if (fact.Origin.IsParameterPlaceholder && !fact.Cleared.Union(established).Contains(purpose))
                        _result.ParameterSinks[fact.Origin.ParameterOrdinal] = _result.ParameterSinks.TryGetValue(fact.Origin.ParameterOrdinal, out var existing)
                            ? existing.Union(PurposeSet.Of(purpose))
                            : PurposeSet.Of(purpose);
                return;
            }
            if (!_judged.Add((node, purpose)))
                return;

            var facts = value.Facts;
            // CG0016 stands beside the consent verdict: whatever was checked, legitimate interest never covers Art. 9 data.
            if (_model.LegalBases.IsLegitimateInterest(purpose) && SpecialCategoryOrigins(value) is { IsEmpty: false } special)
                _result.Findings.Add(new Finding(FindingKind.SpecialCategoryUnderLegitimateInterest, purpose, node, OriginNames(value), special, PurposeSet.Empty));
            var undeclared = facts.Where(f => f.Origin.DeclaredPurposes is { } declared && !declared.Contains(purpose))
                .Select(f => f.Origin.Display).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToImmutableArray();
            if (!undeclared.IsEmpty)
            {
                _result.Findings.Add(new Finding(FindingKind.UndeclaredPurpose, purpose, node, OriginNames(value), undeclared, PurposeSet.Empty));
                return;
            }

            var common = PurposeSet.All;
            foreach (var fact in facts)
                common = common.Intersect(fact.Cleared.Union(established));
            if (common.Contains(purpose))
                return;
            var others = common.Without(purpose).WithoutMarkers();
            var kind = others.IsEmpty || others.IsAll ? FindingKind.Unchecked : FindingKind.OtherPurposeChecked;
            _result.Findings.Add(new Finding(kind, purpose, node, OriginNames(value), ImmutableArray<string>.Empty, others));
        }

        /// <summary>The expression as written: operations have no node for <c>(…)</c> or the <c>!</c> suppression, the diagnostic covers them.</summary>
        private static SyntaxNode WholeExpression(SyntaxNode node)
        {
            while (node.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.ParenthesizedExpressionSyntax
                   or Microsoft.CodeAnalysis.CSharp.Syntax.PostfixUnaryExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.SuppressNullableWarningExpression })
                node = node.Parent;
            return node;
        }

        private static ImmutableArray<string> SpecialCategoryOrigins(Taint value) =>
            value.Facts.Where(f => Configuration.PersonalDataCategories.IsSpecial(f.Origin.Category)).Select(f => f.Origin.Display + " (" + f.Origin.Category + ")")
                .Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToImmutableArray();

        private static ImmutableArray<string> OriginNames(Taint value) =>
            value.Facts.Select(f => f.Origin.Display).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToImmutableArray();
    }
}
