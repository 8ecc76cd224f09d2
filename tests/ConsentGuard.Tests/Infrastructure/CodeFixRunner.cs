using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Tests.Infrastructure;

/// <summary>
/// Drives code fixes the way an IDE does (analyze, register, take an action, run its operations; Fix All) for what
/// the verifiers do not look at: annotations the host acts on, and fixes on code as it is being typed.
/// </summary>
internal static class CodeFixRunner
{
    /// <summary>Every code fix provider the package ships.</summary>
    public static ImmutableArray<CodeFixProvider> AllProviders() => typeof(CheckConsentFirstCodeFixProvider).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>The document after applying the first action <typeparamref name="TCodeFix"/> offers for the one <paramref name="id"/> finding.</summary>
    public static async Task<Document> ApplyAsync<TCodeFix>(string source, string id) where TCodeFix : CodeFixProvider, new()
    {
        using var workspace = new AdhocWorkspace();
        var document = CreateDocument(workspace, source, null);
        var diagnostic = (await AnalyzeAsync(document)).Single(d => d.Id == id);
        var actions = await RegisterAsync(new TCodeFix(), document, diagnostic);
        var operations = await actions.First().GetOperationsAsync(CancellationToken.None);
        return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
    }

    /// <summary>
    /// Offers every fix of every provider for every finding in <paramref name="source"/>, runs each action and each
    /// Fix All in document; returns what threw (empty when nothing did).
    /// </summary>
    public static async Task<IReadOnlyList<string>> CrashesAsync(string source, string? consentGuardTxt)
    {
        using var workspace = new AdhocWorkspace();
        var document = CreateDocument(workspace, source, consentGuardTxt);
        var diagnostics = await AnalyzeAsync(document);
        var crashes = new List<string>();
        foreach (var provider in AllProviders())
        {
            var fixable = diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
            var keys = new HashSet<string>();
            foreach (var diagnostic in fixable)
            {
                try
                {
                    foreach (var action in await RegisterAsync(provider, document, diagnostic))
                    {
                        await action.GetOperationsAsync(CancellationToken.None);
                        if (action.EquivalenceKey is { } key)
                            keys.Add(key);
                    }
                }
                catch (Exception ex)
                {
                    crashes.Add(provider.GetType().Name + " on " + diagnostic + ": " + ex);
                }
            }
            foreach (var key in keys)
            {
                try
                {
                    if (provider.GetFixAllProvider() is not { } fixAll)
                        continue;
                    var context = new FixAllContext(document, provider, FixAllScope.Document, key, provider.FixableDiagnosticIds, new FixedDiagnostics(fixable), CancellationToken.None);
                    if (await fixAll.GetFixAsync(context) is { } action)
                        await action.GetOperationsAsync(CancellationToken.None);
                }
                catch (Exception ex)
                {
                    crashes.Add(provider.GetType().Name + " Fix All " + key + ": " + ex);
                }
            }
        }
        return crashes;
    }

    private static Document CreateDocument(AdhocWorkspace workspace, string source, string? consentGuardTxt)
    {
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "Test", "Test", LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: ConsentGuardComponents.Net80References.Add(ConsentGuardComponents.RuntimeReference)));
        var documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "Test.cs", SourceText.From(source));
        if (consentGuardTxt is not null)
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), "ConsentGuard.txt", SourceText.From(consentGuardTxt), filePath: "/0/ConsentGuard.txt");
        return solution.GetDocument(documentId)!;
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        return await compilation.WithAnalyzers(ConsentGuardComponents.CreateAnalyzers(), document.Project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
    }

    private static async Task<List<CodeAction>> RegisterAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions;
    }

    /// <summary>Fix All's view of the findings: the ones already computed.</summary>
    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics.Where(d => d.Location.IsInSource)); // one document per project here

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(Array.Empty<Diagnostic>());
    }
}
