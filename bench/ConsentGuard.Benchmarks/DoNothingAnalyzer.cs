using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Benchmarks;

/// <summary>
/// The analyzer driver's floor: asks for the callbacks ConsentGuard's analyzers ask for (operation blocks, attribute syntax,
/// symbols) and does nothing, so that what the driver itself costs (operation trees, a second binding of the code on its
/// own compilation) can be told apart from ConsentGuard's own work.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class DoNothingAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("FLOOR0001", "never", "never", "Floor", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterOperationBlockAction(_ => { });
            start.RegisterSyntaxNodeAction(_ => { }, Microsoft.CodeAnalysis.CSharp.SyntaxKind.Attribute);
            start.RegisterSymbolAction(_ => { }, SymbolKind.NamedType, SymbolKind.Property, SymbolKind.Field);
        });
    }
}
