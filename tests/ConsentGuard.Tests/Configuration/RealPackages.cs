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
/// into the test's output (OpenAI 2.15.0, Azure.AI.OpenAI 2.1.0, Anthropic 13.15.0, Microsoft.Extensions.AI(.Abstractions) and
/// Microsoft.Extensions.VectorData.Abstractions 11.0.0, Microsoft.SemanticKernel.Abstractions and .Core 1.82.0, Microsoft.ML,
/// Microsoft.ML.FastTree and Microsoft.ML.LightGbm 6.0.0 (and 5.0.1, see WithMlNet5), Microsoft.Extensions.Identity.Stores 10.0.15,
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
        typeof(Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute).Assembly,
        typeof(Microsoft.Extensions.AI.IChatClient).Assembly,
        typeof(Microsoft.Extensions.AI.ChatClientBuilder).Assembly,
        typeof(Microsoft.Extensions.VectorData.VectorStoreCollection<,>).Assembly,
        typeof(Microsoft.SemanticKernel.Kernel).Assembly,
        typeof(Microsoft.SemanticKernel.KernelExtensions).Assembly,
        typeof(Azure.AI.OpenAI.AzureOpenAIClient).Assembly,
        typeof(Anthropic.AnthropicClient).Assembly);

    /// <summary>
    /// ML.NET 5.0.1, the previous major, from the NuGet cache (the test project downloads it at restore time with
    /// PackageDownload; the test run downloads nothing), with the rest of <see cref="Packages"/> minus ML.NET 6.
    /// </summary>
    public static ImmutableArray<MetadataReference> WithMlNet5()
    {
        var root = typeof(RealPackages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NuGetPackageRoot").Value ?? "";
        var ml5 = new[] { "microsoft.ml", "microsoft.ml.dataview", "microsoft.ml.fasttree", "microsoft.ml.lightgbm" }
            .SelectMany(package => Directory.GetFiles(Path.Combine(root, package, "5.0.1", "lib", "netstandard2.0"), "*.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        var names = new HashSet<string>(ml5.Select(r => Path.GetFileNameWithoutExtension(r.Display ?? "")), StringComparer.OrdinalIgnoreCase);
        return Framework.Add(ConsentGuardComponents.RuntimeReference)
            .AddRange(Packages.Where(r => !names.Contains(Path.GetFileNameWithoutExtension(r.Display ?? ""))))
            .AddRange(ml5);
    }

    public static ImmutableArray<MetadataReference> All { get; } = Framework.Add(ConsentGuardComponents.RuntimeReference).AddRange(Packages);

    public static CSharpCompilation Compile(string source = "", ImmutableArray<MetadataReference> references = default) =>
        CSharpCompilation.Create(
            "RealPackages",
            source.Length == 0 ? Array.Empty<SyntaxTree>() : new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            references.IsDefault ? All : references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>A ConsentGuardTest that compiles against .NET 10 and the real packages instead of .NET 8 alone.</summary>
    public static ConsentGuardTest Test(string code, bool builtinCatalog = true, string globalConfig = "")
    {
        var test = new ConsentGuardTest { TestCode = code };
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(All);
        if (!builtinCatalog)
            globalConfig += "consentguard.builtin_catalog = false\n";
        if (globalConfig.Length > 0)
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
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
