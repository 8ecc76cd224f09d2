using System.Linq;
using ConsentGuard.Analyzers.Model;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConsentGuard.Tests.Model;

/// <summary>The allocation-free full-name comparison agrees with <c>ToDisplayString()</c> where the analysis relies on it.</summary>
public sealed class SymbolNamesTests
{
    private static readonly Compilation Compilation = CSharpCompilation.Create("Names",
        [CSharpSyntaxTree.ParseText("""
            namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : System.Attribute { public class Nested { } } }
            namespace Identity { public class PersonalDataAttribute : System.Attribute { } }
            namespace Microsoft.AspNetCore.Identity.Extra { public class PersonalDataAttribute : System.Attribute { } }
            namespace Generic { public class PersonalDataAttribute<T> : System.Attribute { } }
            public class Global { }
            """)],
        ConsentGuardComponents.Net80References);

    private static INamedTypeSymbol Type(string metadataName) => Compilation.GetTypeByMetadataName(metadataName)!;

    [Theory]
    [InlineData("Microsoft.AspNetCore.Identity.PersonalDataAttribute", "Microsoft.AspNetCore.Identity.PersonalDataAttribute", true)]
    [InlineData("Microsoft.AspNetCore.Identity.PersonalDataAttribute", "AspNetCore.Identity.PersonalDataAttribute", false)]
    [InlineData("Microsoft.AspNetCore.Identity.PersonalDataAttribute", "XMicrosoft.AspNetCore.Identity.PersonalDataAttribute", false)]
    [InlineData("Identity.PersonalDataAttribute", "Microsoft.AspNetCore.Identity.PersonalDataAttribute", false)]
    [InlineData("Microsoft.AspNetCore.Identity.Extra.PersonalDataAttribute", "Microsoft.AspNetCore.Identity.PersonalDataAttribute", false)]
    [InlineData("Microsoft.AspNetCore.Identity.PersonalDataAttribute+Nested", "Microsoft.AspNetCore.Identity.PersonalDataAttribute.Nested", true)]
    [InlineData("Generic.PersonalDataAttribute`1", "Generic.PersonalDataAttribute", false)]
    [InlineData("Global", "Global", true)]
    [InlineData("Global", ".Global", false)]
    public void Types_match_their_display_name_only(string metadataName, string fullName, bool expected)
    {
        var type = Type(metadataName);
        Assert.Equal(expected, SymbolNames.HasFullName(type, fullName));
        if (type.Arity == 0)
            Assert.Equal(type.ToDisplayString() == fullName, expected);
    }

    [Theory]
    [InlineData("System.Linq.Enumerable", "System.Linq", true)]
    [InlineData("System.Linq.Enumerable", "Linq", false)]
    [InlineData("System.Linq.Enumerable", "System", false)]
    [InlineData("System.Threading.Tasks.Task", "System.Threading.Tasks", true)]
    [InlineData("System.Threading.Tasks.Task", "System.Threading", false)]
    public void Namespaces_match_their_display_name_only(string typeName, string fullName, bool expected)
    {
        var ns = Type(typeName).ContainingNamespace;
        Assert.Equal(expected, SymbolNames.HasFullName(ns, fullName));
        Assert.Equal(ns.ToDisplayString() == fullName, expected);
    }

    [Fact]
    public void The_global_namespace_and_null_have_no_name()
    {
        Assert.False(SymbolNames.HasFullName(null, ""));
        Assert.True(Compilation.GlobalNamespace.GetMembers().Any());
        Assert.False(SymbolNames.HasFullName(Compilation.GlobalNamespace, "System"));
    }
}
