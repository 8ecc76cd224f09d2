using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Tests.Infrastructure;

/// <summary>
/// Applies one code fix the way an IDE does (register, take the action, run its operations) for what the
/// verifiers do not look at, such as annotations the host acts on after the edit.
/// </summary>
internal static class CodeFixRunner
{
    /// <summary>The document after applying the first action <typeparamref name="TCodeFix"/> offers for the one <paramref name="id"/> finding.</summary>
    public static async Task<Document> ApplyAsync<TCodeFix>(string source, string id) where TCodeFix : CodeFixProvider, new()
    {
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "Test", "Test", LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: ConsentGuardComponents.Net80References.Add(ConsentGuardComponents.RuntimeReference)));
        var documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "Test.cs", SourceText.From(source));
        var document = solution.GetDocument(documentId)!;

        var compilation = (await document.Project.GetCompilationAsync())!;
        var diagnostics = await compilation.WithAnalyzers(ConsentGuardComponents.CreateAnalyzers()).GetAnalyzerDiagnosticsAsync();
        var diagnostic = diagnostics.Single(d => d.Id == id);

        var actions = new List<CodeAction>();
        await new TCodeFix().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        var operations = await actions.First().GetOperationsAsync(CancellationToken.None);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(documentId)!;
    }
}
