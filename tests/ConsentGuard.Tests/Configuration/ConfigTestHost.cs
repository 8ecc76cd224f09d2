using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using ConsentGuard.Analyzers.Configuration;
using ConsentGuard.Analyzers.Model;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Tests.Configuration;

/// <summary>What a build hands the analyzer, made by hand: a compilation, additional files, a global analyzer config.</summary>
internal static class ConfigTestHost
{
    public static CSharpCompilation Compile(string source, IEnumerable<MetadataReference>? extraReferences = null) =>
        CSharpCompilation.Create(
            "ConfigTests",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            ConsentGuardComponents.Net80References.Add(ConsentGuardComponents.RuntimeReference).AddRange(extraReferences ?? Enumerable.Empty<MetadataReference>()),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static AnalyzerOptions Options(IEnumerable<(string Path, string Text)> files, bool? builtinCatalog = null)
    {
        var global = new Dictionary<string, string>();
        if (builtinCatalog is { } on)
            global[BuiltinCatalog.OptionName] = on ? "true" : "false";
        return new AnalyzerOptions(
            files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray(),
            new GlobalOptionsProvider(global));
    }

    /// <summary>The declarations as ConsentModel would read them, with its own idea of known purposes.</summary>
    public static ExternalDeclarations Declarations(Compilation compilation, string consentGuardTxt, bool? builtinCatalog = false) =>
        ExternalDeclarations.Create(compilation, Options(new[] { ("/project/ConsentGuard.txt", consentGuardTxt) }, builtinCatalog), ConsentModel.BuiltInPurposes.Contains);

    public static IMethodSymbol Method(Compilation compilation, string typeName, string name, int parameters = -1) =>
        Type(compilation, typeName).GetMembers(name).OfType<IMethodSymbol>().First(m => parameters < 0 || m.Parameters.Length == parameters);

    public static INamedTypeSymbol Type(Compilation compilation, string metadataName) =>
        compilation.GetTypeByMetadataName(metadataName) ?? throw new InvalidOperationException(metadataName + " not found");

    internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    internal sealed class GlobalOptionsProvider(Dictionary<string, string> global) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions None = new DictionaryOptions(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(global);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;
    }

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
