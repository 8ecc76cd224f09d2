using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.Analyzers.Flow;
using ConsentGuard.Analyzers.Governance;
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
            DiagnosticDescriptors.StaleBaselineEntry, DiagnosticDescriptors.SpecialCategoryUnderLegitimateInterest);

        /// <summary>What this instance did (for tests and benchmarks).</summary>
        internal FlowWork Work { get; } = new FlowWork();

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var model = ConsentModel.For(start.Compilation, start.Options);
                if (!model.Types.HasConsentGuard)
                    return;
                var staleness = model.Baseline.IsEmpty ? null : new BaselineStaleness(model.Baseline);
                if (staleness is not null)
                    start.RegisterCompilationEndAction(staleness.Report);
                if (!FlowScope.Of(model).CanHoldFlows)
                {
                    // No flow can exist, so no finding: every baseline entry is stale, and the end action above says so.
                    Work.CompilationSkipped();
                    return;
                }
                var summaries = FlowSummaries.For(model);
                summaries.Work ??= Work;
                start.RegisterOperationBlockAction(block => AnalyzeBlocks(block, model, summaries, staleness, Work));
            });
        }

        private static void AnalyzeBlocks(OperationBlockAnalysisContext context, ConsentModel model, FlowSummaries summaries, BaselineStaleness? staleness, FlowWork work)
        {
            foreach (var (root, block) in ExecutableRoots(context.OperationBlocks))
            {
                work.BodySeen();
                if (GateThatSkips(root, context.OwningSymbol, model, summaries) is not null)
                    continue;
                work.BodyAnalyzed();
                BodyResult result;
                try
                {
                    var graph = context.GetControlFlowGraph(block);
                    result = BodyAnalysis.Run(model, summaries, context.OwningSymbol, graph, BodyAnalysisMode.Report, AnalysisStack.ForRequest(context.CancellationToken), context.CancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A bug of ours must neither crash the build (AD0001) nor pass silently: say the member is unverified.
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AnalysisFailed, root.Syntax.GetFirstToken().GetLocation(),
                        context.OwningSymbol.Name, ex.GetType().Name + ": " + ex.Message));
                    continue;
                }
                if (result.LimitReached is { } limit)
                {
                    // Findings found so far stand; what was not found yet is unverified, not approved.
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AnalysisFailed, root.Syntax.GetFirstToken().GetLocation(),
                        context.OwningSymbol.Name, limit));
                }
                var member = FindingDiagnostics.MemberId(context.OwningSymbol);
                foreach (var finding in result.Findings)
                {
                    var key = FindingDiagnostics.BaselineKeyOf(finding, member);
                    staleness?.Saw(key);
                    if (FindingDiagnostics.Create(finding, member, model.Governance, baselined: model.Baseline.CountOf(key) > 0) is { } diagnostic)
                        context.ReportDiagnostic(diagnostic);
                }
            }
        }

        /// <summary>
        /// The distinct executable bodies among a block action's blocks, each with the block its graph is built from: blocks
        /// come as the body's parts (a method's block under its IMethodBodyOperation), and the graph is built for their root, once.
        /// </summary>
        internal static IEnumerable<(IOperation Root, IOperation Block)> ExecutableRoots(ImmutableArray<IOperation> blocks)
        {
            var seen = new HashSet<IOperation>();
            foreach (var block in blocks)
            {
                var root = block;
                while (root.Parent is { } parent)
                    root = parent;
                if (IsExecutableRoot(root) && seen.Add(root))
                    yield return (root, block);
            }
        }

        /// <summary>
        /// The name of the per-body gate that spares a body its analysis, or null when it must be analyzed. Sink first: whether
        /// the body reaches a sink is decided without summaries; only then is personal data looked for. (The compilation-level
        /// gate, <see cref="FlowScope"/>, is asked once per compilation.) PreScanSoundnessTests checks that no gate hides a finding.
        /// </summary>
        internal static string? GateThatSkips(IOperation root, ISymbol owner, ConsentModel model, FlowSummaries summaries) =>
            !SinkReach.Of(model).MayReachSink(root, owner) ? nameof(SinkReach)
            : !PersonalDataScan.MayCarryPersonalData(root, model, summaries) ? nameof(PersonalDataScan)
            : null;

        private static bool IsExecutableRoot(IOperation operation) =>
            operation.Parent is null && operation.Kind is OperationKind.MethodBody or OperationKind.ConstructorBody or OperationKind.Block
                or OperationKind.FieldInitializer or OperationKind.PropertyInitializer or OperationKind.ParameterInitializer;
    }

    /// <summary>
    /// Turns flow findings into diagnostics: the one place that knows their wording, and where the purpose's
    /// enforcement (<c>consentguard.purpose.&lt;Name&gt;.enforcement</c>) sets their severity. The flow engine
    /// knows nothing of either. Null when the purpose's enforcement is off.
    /// </summary>
    internal static class FindingDiagnostics
    {
        /// <summary>The documentation-comment ID of the member a finding is in: the baseline's key for it, stable across edits elsewhere.</summary>
        public static string MemberId(ISymbol owner) =>
            DocumentationCommentId.CreateDeclarationId(owner) ?? owner.ToDisplayString();

        public static string DescriptorId(FindingKind kind) => kind switch
        {
            FindingKind.UndeclaredPurpose => DiagnosticIds.UndeclaredPurpose,
            FindingKind.OtherPurposeChecked => DiagnosticIds.WrongPurposeChecked,
            FindingKind.SpecialCategoryUnderLegitimateInterest => DiagnosticIds.SpecialCategoryUnderLegitimateInterest,
            _ => DiagnosticIds.UncheckedFlow,
        };

        public static string BaselineKeyOf(Finding finding, string member) =>
            BaselineKey.Of(DescriptorId(finding.Kind), finding.Purpose, member, BaselineKey.JoinOrigins(finding.Origins));

        /// <param name="baselined">The baseline lists the finding's key: report it so that the baseline suppressor may take it (<see cref="BaselineDescriptors"/>).</param>
        public static Diagnostic? Create(Finding finding, string member, GovernanceSettings governance, bool baselined = false)
        {
            var origins = string.Join(", ", finding.Origins);
            var location = finding.Node.GetLocation();
            // CG0016 is no consent finding: the data may not go to that purpose on that basis at all. A purpose's rollout
            // setting (CG0001–CG0003 only) and the baseline do not reach it; its severity is its rule's.
            if (finding.Kind == FindingKind.SpecialCategoryUnderLegitimateInterest)
                return Diagnostic.Create(DiagnosticDescriptors.SpecialCategoryUnderLegitimateInterest, location,
                    ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Purpose, finding.Purpose),
                    origins, finding.Purpose, string.Join(", ", finding.UndeclaredOrigins));
            if (governance.FlowSeverityFor(finding.Purpose) is not { } severity)
                return null;
            // What the code fixes and the baseline need, since message arguments are not public API (see DiagnosticProperties).
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticProperties.Purpose, finding.Purpose)
                .Add(DiagnosticProperties.Member, member)
                .Add(DiagnosticProperties.Origins, BaselineKey.JoinOrigins(finding.Origins));
            if (finding.Kind == FindingKind.UndeclaredPurpose)
                properties = properties.Add(DiagnosticProperties.UndeclaredOrigins, string.Join(DiagnosticProperties.ListSeparator.ToString(), finding.UndeclaredOrigins));
            DiagnosticDescriptor Rule(DiagnosticDescriptor rule) => baselined ? BaselineDescriptors.Suppressible(rule) : rule;
            return finding.Kind switch
            {
                FindingKind.UndeclaredPurpose => Diagnostic.Create(Rule(DiagnosticDescriptors.UndeclaredPurpose), location, severity, null, properties, origins, finding.Purpose, string.Join(", ", finding.UndeclaredOrigins)),
                FindingKind.OtherPurposeChecked => Diagnostic.Create(Rule(DiagnosticDescriptors.WrongPurposeChecked), location, severity, null, properties, origins, finding.Purpose, finding.OtherPurposes.ToQuotedList()),
                _ => Diagnostic.Create(Rule(DiagnosticDescriptors.UncheckedFlow), location, severity, null, properties, origins, finding.Purpose),
            };
        }
    }
}
