using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Analyzers.Analyzers
{
    /// <summary>
    /// CG0015: a purpose this compilation puts on legitimate interest (<see cref="LegalBases"/>) has no <c>[ConsentSetting]</c>
    /// in it through which a member objects. Reported at the declaration (the attribute or the ConsentGuard.txt line) once the
    /// whole compilation was seen. Invalid declarations are CG0005 (<see cref="PurposeArgumentAnalyzer"/>) and CG0010
    /// (<see cref="ConfigFileAnalyzer"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LegalBasisAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.NoObjectionSetting);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var model = ConsentModel.For(start.Compilation, start.Options);
                if (!model.Types.HasConsentGuard)
                    return;
                var bases = model.LegalBases;
                var objectable = bases.All.Where(b => b.IsLegitimateInterest && b.InThisCompilation).ToImmutableArray();
                if (objectable.IsEmpty || model.Types.ConsentSetting is null)
                    return;
                var settings = new ConcurrentDictionary<string, bool>(System.StringComparer.Ordinal);
                start.RegisterSymbolAction(symbol => CollectSettings(symbol, model, settings), SymbolKind.Property, SymbolKind.Field);
                start.RegisterCompilationEndAction(end =>
                {
                    foreach (var basis in objectable)
                        if (!settings.ContainsKey(basis.Purpose))
                            end.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NoObjectionSetting, basis.Location, basis.Purpose, basis.Assessment));
                });
            });
        }

        private static void CollectSettings(SymbolAnalysisContext context, ConsentModel model, ConcurrentDictionary<string, bool> settings)
        {
            foreach (var declaration in model.Declarations(context.Symbol))
                foreach (var purpose in AttributeReader.Purposes(declaration, model.Types.ConsentSetting))
                    settings[purpose] = true;
        }
    }
}
