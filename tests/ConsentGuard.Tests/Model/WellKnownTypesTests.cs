using ConsentGuard.Analyzers.Model;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

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
        Assert.NotNull(new WellKnownTypes(without).Enumerable);

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
        Assert.Same(new WellKnownTypes(first).Enumerable, new WellKnownTypes(edited).Enumerable);

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
}
