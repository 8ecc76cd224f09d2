using System.Collections.Immutable;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.Analyzers.Governance;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Analyzers.Analyzers
{
    /// <summary>
    /// CG0013: a <c>[ConsentExempt(…, Expires = "yyyy-MM-dd")]</c> whose last day is before the reference date
    /// (<see cref="GovernanceSettings.Today"/>), reported at the Expires value, where the code fixes act. An Expires
    /// that is not such a date is invalid input: <see cref="PurposeArgumentAnalyzer"/> reports it as CG0005.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ExemptionExpiryAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>How far the code fix "extend" moves an expired exemption's date: one quarter, the usual review cycle.</summary>
        public const int ExtensionDays = 90;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ExemptionExpired);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var model = ConsentModel.For(start.Compilation, start.Options);
                // The rule reads [ConsentExempt] as written: where no tree names it, no attribute is visited.
                if (!ConsentGuardUse.Of(model).MayWriteAttribute(model.Types.ConsentExempt))
                    return;
                var names = new AttributeNameFilter(model, new[] { model.Types.ConsentExempt });
                start.RegisterSyntaxNodeAction(node => Analyze(node, model, names), SyntaxKind.Attribute);
            });
        }

        private static void Analyze(SyntaxNodeAnalysisContext context, ConsentModel model, AttributeNameFilter names)
        {
            var attribute = (AttributeSyntax)context.Node;
            if (attribute.ArgumentList is not { } arguments || !names.MayName(attribute)
                || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol { ContainingType: { } type }
                || !SymbolEqualityComparer.Default.Equals(type, model.Types.ConsentExempt)
                || ExemptionExpires.Of(attribute, context.SemanticModel, context.CancellationToken) is not { LastDay: { } last } expires)
                return; // a date that does not parse is CG0005's (PurposeArgumentAnalyzer)
            var today = model.Governance.Today;
            if (last >= today)
                return;
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticProperties.Expires, GovernanceSettings.FormatDate(last))
                .Add(DiagnosticProperties.ExtendTo, GovernanceSettings.FormatDate(today.AddDays(ExtensionDays)));
            var ticket = TicketOf(context, arguments);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ExemptionExpired, expires.Value.GetLocation(), properties,
                PurposeOf(context, arguments), GovernanceSettings.FormatDate(last), ticket is null ? "" : $" (ticket {ticket})"));
        }

        private static string PurposeOf(SyntaxNodeAnalysisContext context, AttributeArgumentListSyntax arguments)
        {
            foreach (var argument in arguments.Arguments)
                if (argument.NameEquals is null && argument.NameColon is null or { Name.Identifier.ValueText: "purpose" }
                    && context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken).Value is string purpose)
                    return purpose;
            return "";
        }

        private static string? TicketOf(SyntaxNodeAnalysisContext context, AttributeArgumentListSyntax arguments)
        {
            foreach (var argument in arguments.Arguments)
                if (argument.NameEquals?.Name.Identifier.ValueText == "Ticket"
                    && context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken).Value is string { Length: > 0 } ticket)
                    return ticket;
            return null;
        }
    }
}
