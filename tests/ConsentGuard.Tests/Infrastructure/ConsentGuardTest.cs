using System;
using System.Collections.Generic;
using System.Linq;
using ConsentGuard.Analyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace ConsentGuard.Tests.Infrastructure;

/// <summary>
/// A Microsoft.CodeAnalysis.Testing analyzer test that runs every ConsentGuard analyzer and generator,
/// as the package would in a consumer's build, on C# with nullable enabled and the latest language version.
/// </summary>
internal sealed class ConsentGuardTest : AnalyzerTest<DefaultVerifier>
{
    public ConsentGuardTest()
    {
        // No package download: the framework assemblies come from Basic.Reference.Assemblies.
        ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        TestState.AdditionalReferences.AddRange(ConsentGuardComponents.Net80References);
        TestState.AdditionalReferences.Add(ConsentGuardComponents.RuntimeReference);
        // Generated files are compiled with the test code (so their compiler diagnostics count) but their text is
        // checked by the generator's snapshot tests, not listed in every analyzer test.
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
    }

    public override string Language => LanguageNames.CSharp;

    protected override string DefaultFileExt => "cs";

    protected override CompilationOptions CreateCompilationOptions() =>
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true,
            nullableContextOptions: LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable);

    /// <summary>The C# version the test code is parsed as (latest unless a test is about older versions).</summary>
    public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.Latest;

    protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion, DocumentationMode.Diagnose);

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => ConsentGuardComponents.CreateAnalyzers();

    protected override IEnumerable<Type> GetSourceGenerators() => ConsentGuardComponents.GeneratorTypes;

    /// <summary>Runs <paramref name="markup"/> and requires exactly the diagnostics it marks.</summary>
    public static System.Threading.Tasks.Task VerifyAsync(string markup, string? consentGuardTxt = null, params string[] ignoredIds)
    {
        var test = new ConsentGuardTest { TestCode = markup };
        if (consentGuardTxt is not null)
            test.TestState.AdditionalFiles.Add(("ConsentGuard.txt", consentGuardTxt));
        foreach (var id in ignoredIds)
            test.DisabledDiagnostics.Add(id);
        return test.RunAsync();
    }

    /// <summary>
    /// As in the acceptance cases' scoring, info-level CG0006 counts only in a test that expects it (in markup or
    /// in <c>ExpectedDiagnostics</c>); elsewhere it is a suggestion and ignored.
    /// </summary>
    protected override System.Threading.Tasks.Task RunImplAsync(System.Threading.CancellationToken cancellationToken)
    {
        IgnoreUnexpectedInfo(TestState, ExpectedDiagnostics, DisabledDiagnostics);
        return base.RunImplAsync(cancellationToken);
    }

    /// <summary>The scoring rule for CG0006, shared by the analyzer and code-fix tests.</summary>
    internal static void IgnoreUnexpectedInfo(SolutionState state, List<DiagnosticResult> expectedDiagnostics, List<string> disabledDiagnostics)
    {
        var id = DiagnosticIds.NoAccessorsGenerated;
        var expected = expectedDiagnostics.Any(d => d.Id == id)
            || state.Sources.Any(source => source.content.ToString().Contains("{|" + id + ":", StringComparison.Ordinal));
        if (!expected)
            disabledDiagnostics.Add(id);
    }
}
