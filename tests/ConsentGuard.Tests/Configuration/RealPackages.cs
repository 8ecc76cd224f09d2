using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConsentGuard.Tests.Configuration;

/// <summary>
/// The real third-party packages the catalog and the interop attributes are checked against, as restored
/// into the test's output (OpenAI 2.15.0, Microsoft.ML, Microsoft.ML.FastTree and Microsoft.ML.LightGbm 5.0.1, Microsoft.Extensions.Identity.Stores 10.0.15,
/// Microsoft.Extensions.Compliance.Abstractions 10.11.0; versions in Directory.Packages.props). Nothing is
/// downloaded at test time. The packages' net10.0 builds need .NET 10 reference assemblies to compile against.
/// </summary>
internal static class RealPackages
{
    public static ImmutableArray<MetadataReference> Framework { get; } =
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>().ToImmutableArray();

    /// <summary>The packages' assemblies and every non-framework assembly they reference, transitively.</summary>
    public static ImmutableArray<MetadataReference> Packages { get; } = Closure(
        typeof(OpenAI.OpenAIClient).Assembly,
        typeof(Microsoft.ML.MLContext).Assembly,
        typeof(Microsoft.ML.Trainers.LbfgsLogisticRegressionBinaryTrainer).Assembly,
        typeof(Microsoft.ML.NormalizationCatalog).Assembly, // Microsoft.ML.Transforms: nothing above references it
        typeof(Microsoft.ML.Trainers.KMeansTrainer).Assembly,
        typeof(Microsoft.ML.Trainers.RandomizedPcaTrainer).Assembly,
        typeof(Microsoft.ML.Trainers.FastTree.FastTreeBinaryTrainer).Assembly,
        typeof(Microsoft.ML.Trainers.LightGbm.LightGbmBinaryTrainer).Assembly,
        typeof(Microsoft.AspNetCore.Identity.IdentityUser).Assembly,
        typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute).Assembly);

    public static ImmutableArray<MetadataReference> All { get; } = Framework.Add(ConsentGuardComponents.RuntimeReference).AddRange(Packages);

    public static CSharpCompilation Compile(string source = "") =>
        CSharpCompilation.Create(
            "RealPackages",
            source.Length == 0 ? Array.Empty<SyntaxTree>() : new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>A ConsentGuardTest that compiles against .NET 10 and the real packages instead of .NET 8 alone.</summary>
    public static ConsentGuardTest Test(string code, bool builtinCatalog = true)
    {
        var test = new ConsentGuardTest { TestCode = code };
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(All);
        if (!builtinCatalog)
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nconsentguard.builtin_catalog = false\n"));
        return test;
    }

    private static ImmutableArray<MetadataReference> Closure(params Assembly[] roots)
    {
        var framework = new HashSet<string>(
            Basic.Reference.Assemblies.Net100.References.All.Select(r => Path.GetFileNameWithoutExtension(r.FilePath ?? r.Display ?? "")),
            StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var locations = new List<string>();
        var pending = new Queue<Assembly>(roots);
        while (pending.Count > 0)
        {
            var assembly = pending.Dequeue();
            var name = assembly.GetName().Name ?? "";
            if (framework.Contains(name) || !seen.Add(name) || assembly.Location.Length == 0)
                continue;
            locations.Add(assembly.Location);
            foreach (var referenced in assembly.GetReferencedAssemblies())
            {
                if (framework.Contains(referenced.Name ?? "") || seen.Contains(referenced.Name ?? ""))
                    continue;
                try
                {
                    pending.Enqueue(Assembly.Load(referenced));
                }
                catch (FileNotFoundException)
                {
                    // a dependency the packages declare but this runtime does not carry (e.g. netstandard shims)
                }
            }
        }
        return locations.OrderBy(l => l, StringComparer.Ordinal).Select(l => (MetadataReference)MetadataReference.CreateFromFile(l)).ToImmutableArray();
    }
}
