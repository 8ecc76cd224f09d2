using System.Linq;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>
    /// A cheap look over a body's operation tree, before any control flow graph is built: when nothing in it
    /// can carry personal data, no flow in it can be reported, so it is skipped. Most business code is.
    /// </summary>
    internal static class PersonalDataScan
    {
        public static bool MayCarryPersonalData(IOperation root, ConsentModel model, FlowSummaries summaries)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                if (operation.Type is { } type && !model.GetTypeOrigins(type).IsEmpty)
                    return true;
                switch (operation)
                {
                    case IMemberReferenceOperation member when model.GetPersonalData(member.Member) is not null:
                        return true;
                    case IParameterReferenceOperation parameter when model.GetPersonalData(parameter.Parameter) is not null:
                        return true;
                    case IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } storage when summaries.StorageMayHoldPersonalData(storage.Member):
                        return true;
                    case IPropertyReferenceOperation { Property.GetMethod: { } getter } when ReturnsPersonalData(getter, model, summaries):
                        return true;
                    case IInvocationOperation invocation when ReturnsPersonalData(invocation.TargetMethod, model, summaries):
                        return true;
                    case IDynamicMemberReferenceOperation dynamicMember when DynamicMembers.Candidates(model.Compilation, dynamicMember).Any(m =>
                            model.GetPersonalData(m) is not null || summaries.StorageMayHoldPersonalData(m) || !model.GetTypeOrigins(m is IFieldSymbol f ? f.Type : ((IPropertySymbol)m).Type).IsEmpty):
                        return true;
                    case IMethodReferenceOperation reference when ReturnsPersonalData(reference.Method, model, summaries):
                        return true; // a method group's value is what it returns (`new Lazy<string>(LoadPost)`)
                }
            }
            return false;
        }

        /// <summary>Whether a call of <paramref name="method"/> yields personal data it was not given: returned, written out, or passed to a function handed to it.</summary>
        private static bool ReturnsPersonalData(IMethodSymbol method, ConsentModel model, FlowSummaries summaries)
        {
            if (model.GetPersonalData(method) is not null || !model.GetClearedPurposes(method).IsEmpty)
                return true;
            if (method.MethodKind == MethodKind.LocalFunction || !FlowSummaries.MayHaveSummary((method.ReducedFrom ?? method).OriginalDefinition))
                return false;
            // The index first (no body analysis), then the summary for a precise answer.
            return summaries.MayYieldPersonalData(method)
                && summaries.SummaryOf(method, AnalysisStack.Empty) is { } summary && (summary.ReturnsOwnData || summary.OutParameters.Count > 0 || summary.PassesOwnDataToDelegates);
        }
    }
}
