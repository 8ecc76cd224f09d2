using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ConsentGuard.Tests.Infrastructure;

/// <summary>
/// A Microsoft.CodeAnalysis.Testing code-fix test of one ConsentGuard fix, with every ConsentGuard analyzer and
/// generator running as in a consumer's build (same compilation set-up as <see cref="ConsentGuardTest"/>).
/// The framework applies the fix one diagnostic at a time and as Fix All in document, project and solution,
/// and requires the fixed code to carry exactly its marked diagnostics.
/// </summary>
internal sealed class ConsentGuardCodeFixTest<TCodeFix> : CodeFixTest<DefaultVerifier>
    where TCodeFix : CodeFixProvider, new()
{
    public ConsentGuardCodeFixTest()
    {
        ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        TestState.AdditionalReferences.AddRange(ConsentGuardComponents.Net80References);
        TestState.AdditionalReferences.Add(ConsentGuardComponents.RuntimeReference);
        // A fix may make a type eligible for generated accessors (CG0006). Their text is the generator snapshot tests'
        // business; here they must compile with the fixed code, which the diagnostics check covers.
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
    }

    public override string Language => LanguageNames.CSharp;

    protected override string DefaultFileExt => "cs";

    public override Type SyntaxKindType => typeof(SyntaxKind);

    protected override CompilationOptions CreateCompilationOptions() =>
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true);

    protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => ConsentGuardComponents.CreateAnalyzers();

    protected override IEnumerable<Type> GetSourceGenerators() => ConsentGuardComponents.GeneratorTypes;

    protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() => new[] { new TCodeFix() };

    protected override System.Threading.Tasks.Task RunImplAsync(System.Threading.CancellationToken cancellationToken)
    {
        ConsentGuardTest.IgnoreUnexpectedInfo(TestState, ExpectedDiagnostics, DisabledDiagnostics);
        return base.RunImplAsync(cancellationToken);
    }

    /// <summary>
    /// <paramref name="markup"/> fixed becomes <paramref name="fixedMarkup"/> (which marks what must remain);
    /// <paramref name="fixAllMarkup"/> when Fix All gives another result than fixing one diagnostic at a time.
    /// </summary>
    public static Task VerifyAsync(string markup, string fixedMarkup, string? equivalenceKey = null, string? fixAllMarkup = null, int? iterations = null)
    {
        var test = new ConsentGuardCodeFixTest<TCodeFix> { TestCode = markup, FixedCode = fixedMarkup, CodeActionEquivalenceKey = equivalenceKey };
        // A finding the fix leaves on purpose (CG0009 until the justification says something) is marked and must be there.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.BatchFixedState.MarkupHandling = MarkupMode.Allow;
        if (fixAllMarkup is not null)
            test.BatchFixedCode = fixAllMarkup;
        if (iterations is { } count)
        {
            test.NumberOfIncrementalIterations = count;
            test.NumberOfFixAllIterations = 1;
        }
        return test.RunAsync();
    }

    /// <summary>The diagnostics in <paramref name="markup"/> are reported, and the fix offers nothing for them.</summary>
    public static Task VerifyNotOfferedAsync(string markup) =>
        new ConsentGuardCodeFixTest<TCodeFix> { TestCode = markup, FixedCode = markup }.RunAsync();
}
