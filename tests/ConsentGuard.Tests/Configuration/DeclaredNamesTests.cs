using System.Linq;
using ConsentGuard.Analyzers.Configuration;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConsentGuard.Tests.Configuration;

/// <summary>
/// The name filter in front of Roslyn's ID look-up must never hide a symbol that exists (a missed catalog or ConsentGuard.txt
/// sink would be a silent false negative): each ID it turns away names a namespace or type that nothing declares.
/// </summary>
public sealed class DeclaredNamesTests
{
    private static DocumentationId Id(string text)
    {
        Assert.True(DocumentationId.TryParse(text, out var id, out var error), error);
        return id!;
    }

    [Theory]
    [InlineData("M:N.C`1.M``1(System.Int32)", "N,C")]
    [InlineData("M:N.C.M(...)", "N,C")]
    [InlineData("P:N.Outer.Inner`2.Item", "N,Outer,Inner")]
    [InlineData("T:N.Outer.Inner`2", "N,Outer,Inner")]
    [InlineData("F:Global.Field", "Global")]
    public void The_qualifiers_of_an_ID_are_its_namespaces_and_types_without_arity(string id, string expected) =>
        Assert.Equal(expected.Split(','), DeclaredNames.QualifierParts(Id(id)));

    [Fact]
    public void What_exists_in_source_or_in_a_reference_is_never_turned_away_and_what_nothing_declares_is()
    {
        var compilation = ConfigTestHost.Compile("""
            namespace OpenAI.Chat { public class ChatClient<T> { public class Options { } public void CompleteChat(string s) { } } }
            public class TopLevel { public void Send(string s) { } }
            """);
        var names = new DeclaredNames(compilation);
        string[] existing =
        [
            "M:OpenAI.Chat.ChatClient`1.CompleteChat(System.String)",
            "T:OpenAI.Chat.ChatClient`1.Options",
            "M:TopLevel.Send(System.String)",
            "M:System.Collections.Generic.List`1.Add(`0)",
            "M:System.Linq.Enumerable.Select``2(System.Collections.Generic.IEnumerable{``0},System.Func{``0,``1})",
        ];
        foreach (var id in existing)
        {
            Assert.True(names.MayDeclare(Id(id)), id);
            Assert.NotEmpty(DeclarationIdResolver.Resolve(compilation, Id(id)));
        }
        string[] absent = ["M:Anthropic.Client.Send(System.String)", "M:OpenAI.Audio.AudioClient.Transcribe", "T:System.Collections.Generic.NoSuchList`1"];
        foreach (var id in absent)
        {
            Assert.False(names.MayDeclare(Id(id)), id);
            Assert.Empty(DeclarationIdResolver.Resolve(compilation, Id(id)));
        }
    }

    [Fact]
    public void A_keystroke_that_declares_a_stub_makes_its_IDs_resolve_at_once()
    {
        var before = ConfigTestHost.Compile("public class C { }");
        Assert.False(new DeclaredNames(before).MayDeclare(Id("M:Vendor.Sdk.Client.Upload(System.String)")));

        var tree = before.SyntaxTrees.First();
        var after = before.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(0, 0,
            "namespace Vendor.Sdk { public class Client { public void Upload(string s) { } } }\n")));
        Assert.True(new DeclaredNames(after).MayDeclare(Id("M:Vendor.Sdk.Client.Upload(System.String)")));
    }
}
