using System.Collections.Immutable;
using System.Linq;
using ConsentGuard.Analyzers.Configuration;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Analyzers.Analyzers
{
    /// <summary>
    /// CG0010: a line of ConsentGuard.txt that is malformed, names an unknown purpose or category, or matches
    /// no symbol. The problems are found where the file is read (<see cref="ExternalDeclarations"/>, shared by
    /// every analyzer through <see cref="ConsentModel"/>); this only reports them. Per additional file, so an
    /// IDE shows them on the open file without a full-solution analysis. Also ConsentGuard's <c>.globalconfig</c>
    /// entries that cannot be used (an unknown purpose or enforcement, a malformed reference date), without a location.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ConfigFileAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidConfigLine);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var model = ConsentModel.For(start.Compilation, start.Options);
                if (model.Types.HasConsentGuard && !model.Governance.Problems.IsEmpty)
                    start.RegisterCompilationEndAction(end =>
                    {
                        // A .globalconfig entry has no location an analyzer can point at: the key names it.
                        foreach (var problem in model.Governance.Problems)
                            end.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidConfigLine, Location.None, ".globalconfig " + problem.Key, problem.Message));
                    });
                var basisProblems = model.External.LegalBases.IsEmpty ? ImmutableArray<LegalBasisProblem>.Empty : model.LegalBases.Problems.Where(p => p.IsConfigLine).ToImmutableArray();
                if (model.External.Problems.IsEmpty && basisProblems.IsEmpty)
                    return;
                start.RegisterAdditionalFileAction(file =>
                {
                    var path = file.AdditionalFile.Path;
                    if (!ExternalDeclarations.IsConfigFile(path))
                        return;
                    foreach (var problem in model.External.ProblemsIn(path))
                        file.ReportDiagnostic(problem.ToDiagnostic());
                    // A basis line that an [assembly: LegalBasis] overrides: only the model, which reads both, can tell.
                    foreach (var problem in basisProblems)
                        if (problem.Location.GetLineSpan().Path == path)
                            file.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidConfigLine, problem.Location,
                                ExternalDeclarations.FileName + " line " + (problem.Location.GetLineSpan().StartLinePosition.Line + 1), problem.Message));
                });
            });
        }
    }
}
