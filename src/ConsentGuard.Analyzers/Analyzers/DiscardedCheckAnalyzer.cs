using System.Collections.Immutable;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Analyzers
{
    /// <summary>CG0007: a consent check whose answer nobody looks at protects nothing.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DiscardedCheckAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.DiscardedCheck);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var model = ConsentModel.For(start.Compilation, start.Options);
                // Only a call to a check can be discarded: where no invocation can name one, none is visited.
                if (!model.Types.HasConsentGuard || !ConsentGuardUse.Of(model).MayCallCheck)
                    return;
                start.RegisterOperationAction(operation => Analyze(operation, model), OperationKind.Invocation);
            });
        }

        private static void Analyze(OperationAnalysisContext context, ConsentModel model)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (model.GetCheck(invocation.TargetMethod) is not { Kind: CheckKind.Boolean or CheckKind.AsyncBoolean })
                return;
            if (DiscardedExpression(invocation) is { } discarded)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DiscardedCheck, discarded.Syntax.GetLocation(), invocation.TargetMethod.Name));
        }

        /// <summary>
        /// The check call as written when its result is dropped: used as a statement, awaited as a statement (also
        /// through <c>ConfigureAwait</c>/<c>AsTask</c>), or assigned to a discard; through <c>?.</c> the whole conditional
        /// access is the call.
        /// </summary>
        private static IOperation? DiscardedExpression(IOperation operation)
        {
            var call = operation;
            var parent = operation.Parent;
            while (parent is IConversionOperation or IAwaitOperation
                   || parent is IConditionalAccessOperation access && access.WhenNotNull == operation
                   || parent is IInvocationOperation { TargetMethod.Name: "ConfigureAwait" or "AsTask" } passThrough && passThrough.Instance == operation)
            {
                if (parent is IConditionalAccessOperation)
                    call = parent;
                operation = parent;
                parent = parent.Parent;
            }
            return parent switch
            {
                IExpressionStatementOperation => call,
                ISimpleAssignmentOperation { Target: IDiscardOperation } => call,
                _ => null,
            };
        }
    }
}
