using System;
using System.Collections.Immutable;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.Analyzers.Flow;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Analyzers.Analyzers
{
    /// <summary>
    /// CG0001, CG0002, CG0003: personal data reaching a sink for a purpose without consent established
    /// for that very purpose, or without the purpose declared for it. One body at a time, with
    /// interprocedural summaries computed on demand and cached per compilation.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConsentFlowAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.UncheckedFlow, DiagnosticDescriptors.UndeclaredPurpose, DiagnosticDescriptors.WrongPurposeChecked, DiagnosticDescriptors.AnalysisFailed,
            DiagnosticDescriptors.SpecialCategoryUnderLegitimateInterest);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var model = ConsentModel.For(start.Compilation, start.Options);
                if (!model.Types.HasConsentGuard)
                    return;
                var summaries = FlowSummaries.For(model);
                start.RegisterOperationBlockAction(block => AnalyzeBlocks(block, model, summaries));
            });
        }

        private static void AnalyzeBlocks(OperationBlockAnalysisContext context, ConsentModel model, FlowSummaries summaries)
        {
            // Blocks come as the body's parts (a method's block under its IMethodBodyOperation); the graph is built for their root, once.
            var analyzedRoots = new System.Collections.Generic.HashSet<IOperation>();
            foreach (var block in context.OperationBlocks)
            {
                var root = block;
                while (root.Parent is { } parent)
                    root = parent;
                if (!IsExecutableRoot(root) || !analyzedRoots.Add(root) || !PersonalDataScan.MayCarryPersonalData(root, model, summaries))
                    continue;
                BodyResult result;
                try
                {
                    var graph = context.GetControlFlowGraph(block);
                    result = BodyAnalysis.Run(model, summaries, context.OwningSymbol, graph, BodyAnalysisMode.Report, AnalysisStack.Empty, context.CancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A bug of ours must neither crash the build (AD0001) nor pass silently: say the member is unverified.
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AnalysisFailed, root.Syntax.GetFirstToken().GetLocation(),
                        context.OwningSymbol.Name, ex.GetType().Name + ": " + ex.Message));
                    continue;
                }
                foreach (var finding in result.Findings)
                    context.ReportDiagnostic(FindingDiagnostics.Create(finding));
            }
        }

        private static bool IsExecutableRoot(IOperation operation) =>
            operation.Parent is null && operation.Kind is OperationKind.MethodBody or OperationKind.ConstructorBody or OperationKind.Block
                or OperationKind.FieldInitializer or OperationKind.PropertyInitializer or OperationKind.ParameterInitializer;
    }

    /// <summary>Turns flow findings into diagnostics: the one place that knows their wording.</summary>
    internal static class FindingDiagnostics
    {
        public static Diagnostic Create(Finding finding)
        {
            var origins = string.Join(", ", finding.Origins);
            var location = finding.Node.GetLocation();
            // What the code fixes need, since message arguments are not public API (see DiagnosticProperties).
            var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Purpose, finding.Purpose);
            if (finding.Kind == FindingKind.UndeclaredPurpose)
                properties = properties.Add(DiagnosticProperties.UndeclaredOrigins, string.Join(DiagnosticProperties.ListSeparator.ToString(), finding.UndeclaredOrigins));
            return finding.Kind switch
            {
                FindingKind.UndeclaredPurpose => Diagnostic.Create(DiagnosticDescriptors.UndeclaredPurpose, location, properties, origins, finding.Purpose, string.Join(", ", finding.UndeclaredOrigins)),
                FindingKind.SpecialCategoryUnderLegitimateInterest => Diagnostic.Create(DiagnosticDescriptors.SpecialCategoryUnderLegitimateInterest, location, properties, origins, finding.Purpose, string.Join(", ", finding.UndeclaredOrigins)),
                FindingKind.OtherPurposeChecked => Diagnostic.Create(DiagnosticDescriptors.WrongPurposeChecked, location, properties, origins, finding.Purpose, finding.OtherPurposes.ToQuotedList()),
                _ => Diagnostic.Create(DiagnosticDescriptors.UncheckedFlow, location, properties, origins, finding.Purpose),
            };
        }
    }
}
