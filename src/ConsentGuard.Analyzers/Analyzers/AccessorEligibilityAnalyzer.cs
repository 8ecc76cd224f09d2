using System.Collections.Immutable;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Analyzers.Analyzers
{
    /// <summary>
    /// Says why generated accessors are missing: CG0006 (info) when a type whose personal data declares purposes gets
    /// none (not partial, no or several [DataSubject] members, …), CG0011 (warning) when a purpose's accessors or the
    /// extension class are left out because a name is taken. Both at the type name, from the same
    /// <see cref="AccessorEligibility"/> rule the generator follows; the generator itself reports nothing.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AccessorEligibilityAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.NoAccessorsGenerated, DiagnosticDescriptors.AccessorNameCollision);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation is not CSharpCompilation compilation)
                    return;
                var model = ConsentModel.For(start.Compilation, start.Options);
                // A plan needs a personal member with purposes, and purposes come only from [ConsentPurpose] on the member, the
                // type or a base type: where nothing can carry it, no type is asked about.
                if (model.Types.DataSubject is null || !ConsentGuardUse.Of(model).MayCarry(model.Types.ConsentPurpose))
                    return;
                var languageVersion = compilation.LanguageVersion;
                start.RegisterSymbolAction(symbolContext => Analyze(symbolContext, languageVersion), SymbolKind.NamedType);
            });
        }

        private static void Analyze(SymbolAnalysisContext context, LanguageVersion languageVersion)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (AccessorEligibility.Evaluate(type, languageVersion, context.CancellationToken) is not { } plan || type.Locations.IsEmpty)
                return;
            var location = type.Locations[0];
            if (!plan.IsEligible)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NoAccessorsGenerated, location, FixableReasons(plan), type.Name, string.Join("; ", plan.Problems)));
                return;
            }
            foreach (var purpose in plan.Purposes)
                if (purpose.Problem is { } problem)
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AccessorNameCollision, location, type.Name, problem));
            if (plan.ExtensionProblem is { } extensionProblem)
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AccessorNameCollision, location, type.Name, extensionProblem));
        }

        /// <summary>The reasons the CG0006 code fix can remove, as diagnostic properties (the message is not API).</summary>
        private static ImmutableDictionary<string, string?> FixableReasons(AccessorPlan plan)
        {
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (!plan.NotPartial.IsEmpty)
                properties = properties.Add(DiagnosticProperties.NotPartial, "true");
            if (plan.LacksSubject)
                properties = properties.Add(DiagnosticProperties.LacksDataSubject, "true");
            return properties;
        }
    }
}
