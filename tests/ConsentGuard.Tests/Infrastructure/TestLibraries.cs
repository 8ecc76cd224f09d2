using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConsentGuard.Tests.Infrastructure;

/// <summary>Referenced assemblies made from C# in a test: declarations that the compilation under test sees only as metadata.</summary>
internal static class TestLibraries
{
    /// <summary>
    /// Compiles <paramref name="code"/> into an assembly named <paramref name="name"/> against .NET 8 and, unless told not to, the
    /// ConsentGuard runtime (with <c>using ConsentGuard;</c>), and returns it as a metadata reference.
    /// </summary>
    public static MetadataReference Compile(string name, string code, bool referenceConsentGuard = true)
    {
        var references = referenceConsentGuard ? ConsentGuardComponents.Net80References.Add(ConsentGuardComponents.RuntimeReference) : ConsentGuardComponents.Net80References;
        var library = CSharpCompilation.Create(name, new[] { CSharpSyntaxTree.ParseText((referenceConsentGuard ? "using ConsentGuard;\n" : "") + code, new CSharpParseOptions(LanguageVersion.Latest)) },
            references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(library.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        using var image = new MemoryStream();
        Assert.True(library.Emit(image).Success);
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
