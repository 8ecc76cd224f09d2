using System.Collections.Immutable;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.Analyzers.Flow;
using ConsentGuard.Analyzers.Governance;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Analyzers
{
    /// <summary>
    /// CG0005: a purpose in any ConsentGuard attribute or consent check that is neither built in nor
    /// defined (or is not an identifier), and an invalid <c>[assembly: LegalBasis]</c>. CG0008: a check's purpose argument that is not a constant,
    /// unless a check forwards its own <c>purpose</c> parameter (the obligation is then its callers'). Also CG0005 for
    /// an exemption's <c>Expires</c> that is not a <c>yyyy-MM-dd</c> date (malformed input to the same attributes).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PurposeArgumentAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.UnknownPurpose, DiagnosticDescriptors.NonConstantPurpose);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var model = ConsentModel.For(start.Compilation, start.Options);
                if (!model.Types.HasConsentGuard)
                    return;
                var types = model.Types;
                var use = ConsentGuardUse.Of(model);
                var purposeAttributes = new[]
                {
                    types.DefinePurpose, types.ConsentPurpose, types.ConsentSink, types.ConsentCheck, types.ConsentCleared, types.ConsentSetting, types.ConsentExempt, types.LegalBasis,
                };
                // Attributes as written and calls to checks: each visited only where this compilation can hold one.
                if (use.MayWriteAttribute(purposeAttributes))
                {
                    var names = new AttributeNameFilter(model, purposeAttributes);
                    start.RegisterSyntaxNodeAction(node => AnalyzeAttribute(node, model, names), SyntaxKind.Attribute);
                }
                if (use.MayCallCheck)
                    start.RegisterOperationAction(operation => AnalyzeCheckCall(operation, model), OperationKind.Invocation);
                if (use.MayCallConditionalSink)
                    start.RegisterOperationAction(operation => AnalyzeConditionalSinkCall(operation, model), OperationKind.Invocation);
                if (!model.External.Catalog.Problems.IsEmpty)
                {
                    // A .globalconfig value has no place in the source: once per compilation, at its end (so a build and
                    // the audit report it; an IDE shows it after a full analysis).
#pragma warning disable RS1037 // the descriptor is shared with the per-attribute CG0005, which must stay live in the IDE
                    start.RegisterCompilationEndAction(end =>
                    {
                        foreach (var problem in model.External.Catalog.Problems)
                            end.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownPurpose, Location.None, problem.Option + " = " + problem.Value, problem.Reason));
                    });
#pragma warning restore RS1037
                }
            });
        }

        private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, ConsentModel model, AttributeNameFilter names)
        {
            var attribute = (AttributeSyntax)context.Node;
            if (attribute.ArgumentList is not { Arguments: { Count: > 0 } arguments } || !names.MayName(attribute))
                return;
            if (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol { ContainingType: { } type })
                return;
            var types = model.Types;
            var isDefinition = SymbolEqualityComparer.Default.Equals(type, types.DefinePurpose);
            var takesPurpose = isDefinition
                || SymbolEqualityComparer.Default.Equals(type, types.ConsentPurpose) || SymbolEqualityComparer.Default.Equals(type, types.ConsentSink)
                || SymbolEqualityComparer.Default.Equals(type, types.ConsentCheck) || SymbolEqualityComparer.Default.Equals(type, types.ConsentCleared)
                || SymbolEqualityComparer.Default.Equals(type, types.ConsentSetting) || SymbolEqualityComparer.Default.Equals(type, types.ConsentExempt)
                || SymbolEqualityComparer.Default.Equals(type, types.LegalBasis);
            if (!takesPurpose)
                return;
            if (SymbolEqualityComparer.Default.Equals(type, types.ConsentExempt))
                ValidateExpires(context, attribute);
            var first = arguments[0];
            if (first.NameEquals is not null)
                return;
            var constant = context.SemanticModel.GetConstantValue(first.Expression, context.CancellationToken);
            if (!constant.HasValue)
                return; // not a constant: the compiler already reports it
            var purpose = constant.Value as string;
            if (isDefinition)
            {
                if (!ConsentModel.IsWellFormedPurpose(purpose))
                    context.ReportDiagnostic(Malformed(first.Expression, purpose));
                return;
            }
            Validate(context.ReportDiagnostic, model, first.Expression, purpose);
            if (SymbolEqualityComparer.Default.Equals(type, types.LegalBasis))
                ReportLegalBasisProblems(context, model, attribute);
        }

        /// <summary>An invalid <c>[assembly: LegalBasis]</c> (see <see cref="LegalBases"/>): the purpose stays on consent, and the attribute says why.</summary>
        private static void ReportLegalBasisProblems(SyntaxNodeAnalysisContext context, ConsentModel model, AttributeSyntax attribute)
        {
            foreach (var problem in model.LegalBases.Problems)
                if (!problem.IsConfigLine && problem.Location.SourceTree == attribute.SyntaxTree && problem.Location.SourceSpan == attribute.Span)
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownPurpose, problem.Location, problem.Purpose,
                        "has an invalid [assembly: LegalBasis]: " + problem.Message + "; the purpose stays on consent"));
        }

        /// <summary>
        /// An exemption's Expires that is not a <c>yyyy-MM-dd</c> date is invalid input like a malformed purpose (an error):
        /// an end date that cannot be read would never bring the exemption up for review (CG0013).
        /// </summary>
        private static void ValidateExpires(SyntaxNodeAnalysisContext context, AttributeSyntax attribute)
        {
            if (ExemptionExpires.Of(attribute, context.SemanticModel, context.CancellationToken) is { LastDay: null } expires)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownPurpose, expires.Value.GetLocation(), expires.Text,
                    $"is not a valid Expires date: write the exemption's last day as {GovernanceSettings.DateFormat} (e.g. 2027-06-30)"));
        }

        private static void AnalyzeCheckCall(OperationAnalysisContext context, ConsentModel model)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (model.GetCheck(invocation.TargetMethod) is not { FixedPurpose: null, PurposeParameterOrdinal: >= 0 } check)
                return;
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal != check.PurposeParameterOrdinal || argument.IsImplicit)
                    continue;
                var value = argument.Value;
                if (value.ConstantValue.HasValue)
                    Validate(context.ReportDiagnostic, model, value.Syntax, value.ConstantValue.Value as string);
                else if (!ForwardsOwnPurpose(value, context.ContainingSymbol, model))
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NonConstantPurpose, value.Syntax.GetLocation(), "consent check '" + invocation.TargetMethod.Name + "'", ""));
            }
        }

        /// <summary>
        /// CG0008 for a call to a sink declared with a condition (<c>sink GenerativeTraining M:…UploadFile(…) when purpose=FineTune</c>)
        /// whose deciding argument is computed at run time: the flow analysis then treats the call as a sink.
        /// </summary>
        private static void AnalyzeConditionalSinkCall(OperationAnalysisContext context, ConsentModel model)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var sinks = model.GetConditionalSinks(invocation.TargetMethod);
            foreach (var sink in sinks)
            {
                if (sink.Condition.Evaluate(invocation.Arguments) != Configuration.ConditionResult.Unknown)
                    continue;
                var node = sink.Condition.Culprit(invocation.Arguments) ?? invocation.Syntax;
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NonConstantPurpose, node.GetLocation(),
                    "'" + invocation.TargetMethod.Name + "' (as '" + sink.Condition.Path + "')",
                    ": the call is a " + sink.Purpose + " sink when it is " + string.Join(" or ", sink.Condition.Values) + ", so it is treated as one"));
                return; // one finding per call, however many purposes the condition guards
            }
        }

        /// <summary>A check that passes its own purpose parameter on (an implementation or wrapper of a check) is checked at its own call sites.</summary>
        private static bool ForwardsOwnPurpose(IOperation value, ISymbol containingSymbol, ConsentModel model)
        {
            return value.WithoutConversions() is IParameterReferenceOperation { Parameter: { Name: "purpose" } parameter }
                && parameter.ContainingSymbol is IMethodSymbol owner
                && SymbolEqualityComparer.Default.Equals(owner, containingSymbol)
                && model.GetCheck(owner) is { FixedPurpose: null };
        }

        private static void Validate(System.Action<Diagnostic> report, ConsentModel model, SyntaxNode node, string? purpose)
        {
            if (!ConsentModel.IsWellFormedPurpose(purpose))
                report(Malformed(node, purpose));
            else if (!model.IsKnownPurpose(purpose))
            {
                var suggestion = PurposeNames.Nearest(purpose!, model.KnownPurposes);
                var reason = suggestion is null
                    ? "is not a known purpose; use one of ConsentGuard.Purposes or declare it with [assembly: DefinePurpose(\"" + purpose + "\")]"
                    : "is not a known purpose; did you mean '" + suggestion + "'?";
                var properties = suggestion is null
                    ? ImmutableDictionary<string, string?>.Empty
                    : ImmutableDictionary<string, string?>.Empty.Add(PurposeNames.SuggestionProperty, suggestion);
                report(Diagnostic.Create(DiagnosticDescriptors.UnknownPurpose, node.GetLocation(), properties, purpose, reason));
            }
        }

        private static Diagnostic Malformed(SyntaxNode node, string? purpose) =>
            Diagnostic.Create(DiagnosticDescriptors.UnknownPurpose, node.GetLocation(), purpose ?? "null",
                "is not a valid purpose name: a purpose is a C# identifier such as GenerativeTraining");
    }
}
