using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Analyzers.Analyzers;
using ConsentGuard.Analyzers.Model;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Tests.Model;

/// <summary>
/// Well-known types answered by the references are kept across compilations over the same references (an IDE's
/// keystrokes); these pin down that the answers still follow each compilation's own assembly and references.
/// </summary>
public sealed class WellKnownTypesTests
{
    private static CSharpCompilation Compile(string source, params MetadataReference[] extra) =>
        CSharpCompilation.Create("Known", [CSharpSyntaxTree.ParseText(source)], ConsentGuardComponents.Net80References.AddRange(extra));

    [Fact]
    public void Adding_the_runtime_reference_is_noticed_by_the_next_compilation()
    {
        var without = Compile("class C { }");
        Assert.False(new WellKnownTypes(without).HasConsentGuard);
        Assert.NotNull(new WellKnownTypes(without).DefaultValueAttribute);

        var with = without.AddReferences(ConsentGuardComponents.RuntimeReference);
        var types = new WellKnownTypes(with);
        Assert.True(types.HasConsentGuard);
        Assert.Equal("ConsentGuard", types.PersonalData!.ContainingAssembly.Name);

        var removed = with.RemoveReferences(ConsentGuardComponents.RuntimeReference);
        Assert.False(new WellKnownTypes(removed).HasConsentGuard);
    }

    [Fact]
    public void A_keystroke_compilation_gets_the_same_symbols_and_source_definitions_still_win()
    {
        var first = Compile("class C { }", ConsentGuardComponents.RuntimeReference);
        var tree = first.SyntaxTrees[0];
        var edited = first.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(0, 0, " ")));
        Assert.Same(new WellKnownTypes(first).ConsentSink, new WellKnownTypes(edited).ConsentSink);
        Assert.Same(new WellKnownTypes(first).DefaultValueAttribute, new WellKnownTypes(edited).DefaultValueAttribute);

        // A project that declares the attribute itself (e.g. a source-only copy) gets its own.
        var ownAttribute = edited.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace ConsentGuard { public sealed class ConsentSinkAttribute : System.Attribute { public ConsentSinkAttribute(string p) { } } }"));
        var own = new WellKnownTypes(ownAttribute).ConsentSink;
        Assert.NotNull(own);
        Assert.Same(ownAttribute.Assembly, own!.ContainingAssembly);
        Assert.Equal("ConsentGuard", new WellKnownTypes(edited).ConsentSink!.ContainingAssembly.Name);
    }

    [Fact]
    public void A_project_reference_is_answered_but_not_kept()
    {
        var library = Compile("namespace ConsentGuard { public sealed class PersonalDataAttribute : System.Attribute { } }");
        var reference = library.ToMetadataReference();
        var consumer = Compile("class C { }", reference);
        var types = new WellKnownTypes(consumer);
        Assert.True(types.HasConsentGuard);
        Assert.Same(consumer.GetAssemblyOrModuleSymbol(reference), types.PersonalData!.ContainingAssembly);
    }

    private const string AttributeCopies = """
        namespace ConsentGuard
        {
            {0} sealed class PersonalDataAttribute : System.Attribute { }
            {0} sealed class ConsentSinkAttribute : System.Attribute { public ConsentSinkAttribute(string purpose) { } }
        }
        """;

    private static MetadataReference LibraryWithCopies(string name, string accessibility) =>
        Compile(AttributeCopies.Replace("{0}", accessibility)).WithAssemblyName(name).ToMetadataReference();

    [Fact]
    public void An_internal_copy_of_the_attributes_in_another_reference_does_not_hide_the_runtime()
    {
        var consumer = Compile("class C { }", ConsentGuardComponents.RuntimeReference, LibraryWithCopies("Vendored", "internal"));
        var types = new WellKnownTypes(consumer);
        Assert.True(types.HasConsentGuard);
        Assert.Equal("ConsentGuard", types.PersonalData!.ContainingAssembly.Name);
        Assert.Equal("ConsentGuard", types.ConsentSink!.ContainingAssembly.Name);
    }

    [Fact]
    public void A_public_copy_beside_the_runtime_yields_to_the_runtime_and_two_copies_alone_are_ambiguous()
    {
        var beside = Compile("class C { }", LibraryWithCopies("CopyA", "public"), ConsentGuardComponents.RuntimeReference);
        Assert.Equal("ConsentGuard", new WellKnownTypes(beside).PersonalData!.ContainingAssembly.Name);

        var twoCopies = Compile("class C { }", LibraryWithCopies("CopyA", "public"), LibraryWithCopies("CopyB", "public"));
        Assert.Null(new WellKnownTypes(twoCopies).PersonalData);

        var oneVisible = Compile("class C { }", LibraryWithCopies("CopyA", "public"), LibraryWithCopies("CopyB", "internal"));
        Assert.Equal("CopyA", new WellKnownTypes(oneVisible).PersonalData!.ContainingAssembly.Name);
    }

    [Fact]
    public void A_single_copy_counts_even_where_this_assembly_cannot_name_it()
    {
        var consumer = Compile("class C { }", LibraryWithCopies("OnlyCopy", "internal"));
        Assert.Equal("OnlyCopy", new WellKnownTypes(consumer).PersonalData!.ContainingAssembly.Name);
    }

    [Fact]
    public async Task The_rules_still_apply_in_a_project_whose_references_carry_a_copy_of_the_attributes()
    {
        var code = """
            using ConsentGuard;
            public interface ICorpus { [ConsentSink(Purposes.GenerativeTraining)] void Add(string text); }
            public class Member { [PersonalData] public string Email { get; set; } = ""; }
            public class Exporter { public void Export(Member m, ICorpus corpus) => corpus.Add(m.Email); }
            """;
        var compilation = ConsentGuard.Tests.Configuration.ConfigTestHost.Compile(code, new[] { LibraryWithCopies("Vendored", "internal") });
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ConsentFlowAnalyzer()),
            ConsentGuard.Tests.Configuration.ConfigTestHost.Options(new List<(string, string)>())).GetAnalyzerDiagnosticsAsync();
        Assert.Equal(new[] { "CG0002" }, diagnostics.Where(d => d.Id.StartsWith("CG", StringComparison.Ordinal)).Select(d => d.Id));
    }
}
