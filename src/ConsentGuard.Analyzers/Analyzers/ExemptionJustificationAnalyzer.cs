using System.Collections.Immutable;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Analyzers.Analyzers
{
    /// <summary>CG0009: every [ConsentExempt] must say why it is lawful. The exemption still applies; the missing reason is the error.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ExemptionJustificationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.ExemptionWithoutJustification);

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
            if (!names.MayName(attribute)
                || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol { ContainingType: { } type }
                || !SymbolEqualityComparer.Default.Equals(type, model.Types.ConsentExempt))
                return;
            string? justification = null;
            string purpose = "";
            if (attribute.ArgumentList is { } arguments)
            {
                foreach (var argument in arguments.Arguments)
                {
                    var value = context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken);
                    if (argument.NameEquals?.Name.Identifier.ValueText == "Justification")
                        justification = value.HasValue ? value.Value as string : "(not a constant)";
                    else if (argument.NameEquals is null && value.Value is string text)
                        purpose = text;
                }
            }
            if (string.IsNullOrWhiteSpace(justification))
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ExemptionWithoutJustification, attribute.GetLocation(), purpose));
        }
    }
}
