using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using ConsentGuard.Analyzers.Generator;
using ConsentGuard.Analyzers.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ConsentGuard.Tests.Generator;

/// <summary>
/// The generator is incremental: edits that cannot change its output stop the pipeline before anything is emitted,
/// and its model holds no Roslyn object that would pin a compilation in memory or defeat equality.
/// </summary>
public sealed class IncrementalGeneratorTests
{
    private static readonly string[] OurSteps = [TrackingNames.SubjectAttributes, TrackingNames.PropertyTargetedSubjects, TrackingNames.Specs];

    private const string Annotated = """
        using ConsentGuard;

        namespace Acme
        {
            public partial class Profile
            {
                [DataSubject] public string MemberId { get; set; } = "";
                [PersonalData(PersonalDataCategory.Professional), ConsentPurpose(Purposes.GenerativeTraining)] public string Headline { get; set; } = "";

                public int Score() { return 1; }
            }

            public partial record Lead([property: DataSubject] string Id, [PersonalData, ConsentPurpose(Purposes.Advertising)] string Email);
        }
        """;

    private const string Unrelated = """
        namespace Acme
        {
            public class Calculator { public int Add(int a, int b) { return a + b; } }
        }
        """;

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun()
    {
        var options = GeneratorHarness.ParseOptions();
        var compilation = GeneratorHarness.Compilation(Annotated)
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(Unrelated, options, path: "/0/Unrelated.cs"));
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        Assert.Equal(2, driver.GetRunResult().GeneratedTrees.Length);
        return (driver, compilation);
    }

    private static CSharpCompilation Edit(CSharpCompilation compilation, string path, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var text = tree.GetText().ToString();
        Assert.Contains(oldText, text);
        var edited = tree.WithChangedText(SourceText.From(text.Replace(oldText, newText)));
        return compilation.ReplaceSyntaxTree(tree, edited);
    }

    private static GeneratorRunResult Rerun(GeneratorDriver driver, Compilation edited) =>
        driver.RunGenerators(edited).GetRunResult().Results.Single();

    /// <summary>Every output of our tracked steps and of the source output step, with its reason.</summary>
    private static IEnumerable<(string Step, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result)
    {
        foreach (var name in OurSteps)
            if (result.TrackedSteps.TryGetValue(name, out var runs))
                foreach (var run in runs)
                    foreach (var output in run.Outputs)
                        yield return (name, output.Reason);
        foreach (var pair in result.TrackedOutputSteps)
            foreach (var run in pair.Value)
                foreach (var output in run.Outputs)
                    yield return (pair.Key, output.Reason);
    }

    private static void AssertNothingRegenerated(GeneratorRunResult result)
    {
        var outputs = Outputs(result).ToArray();
        // Not vacuous: both ways of finding a type and the emitted files were tracked.
        Assert.Contains(outputs, o => o.Step == TrackingNames.SubjectAttributes);
        Assert.Contains(outputs, o => o.Step == TrackingNames.PropertyTargetedSubjects);
        Assert.Contains(outputs, o => o.Step == TrackingNames.Specs);
        Assert.All(outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{o.Step}: {o.Reason}"));
    }

    [Fact]
    public void An_edit_to_an_unrelated_file_regenerates_nothing()
    {
        var (driver, compilation) = FirstRun();
        var edited = Edit(compilation, "/0/Unrelated.cs", "return a + b;", "return b + a + 0;");
        AssertNothingRegenerated(Rerun(driver, edited));
    }

    [Fact]
    public void An_edit_inside_a_method_body_of_the_annotated_type_regenerates_nothing()
    {
        var (driver, compilation) = FirstRun();
        var edited = Edit(compilation, "/0/Subject.cs", "return 1;", "var x = 41; return x + 1;");
        AssertNothingRegenerated(Rerun(driver, edited));
    }

    [Fact]
    public void A_new_purpose_does_regenerate_that_file()
    {
        var (driver, compilation) = FirstRun();
        var edited = Edit(compilation, "/0/Subject.cs", "ConsentPurpose(Purposes.GenerativeTraining)]", "ConsentPurpose(Purposes.GenerativeTraining), ConsentPurpose(Purposes.Analytics)]");
        var result = Rerun(driver, edited);
        Assert.Contains(Outputs(result), o => o.Step == TrackingNames.Specs && o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("ForAnalytics("));
    }

    // ------------------------------------------------------------------ the model holds no Roslyn objects

    private static readonly Type[] Forbidden =
        [typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxToken), typeof(SyntaxTree), typeof(SyntaxReference), typeof(Location),
         typeof(Compilation), typeof(SemanticModel), typeof(AttributeData), typeof(TypedConstant)];

    [Fact]
    public void The_specs_built_by_the_pipeline_hold_only_strings_booleans_and_model_objects()
    {
        var (driver, _) = FirstRun();
        var specs = driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Specs]
            .SelectMany(run => run.Outputs).Select(output => output.Value).ToArray();
        Assert.Equal(2, specs.Length);
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var spec in specs)
            Walk(Assert.IsType<AccessorTypeSpec>(spec), "spec", visited);
        Assert.True(visited.Count > 10, "the walk reached the model's parts");
    }

    private static void Walk(object? value, string path, HashSet<object> visited)
    {
        if (value is null or string or bool or int or Enum)
            return;
        var type = value.GetType();
        Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type.FullName}");
        Assert.True(type.IsArray || type.Namespace == typeof(AccessorTypeSpec).Namespace, $"{path} holds a {type.FullName}, which is not a generator model type");
        if (!visited.Add(value))
            return;
        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
                Walk(item, $"{path}[{i++}]", visited);
        }
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                Walk(field.GetValue(value), path + "." + field.Name, visited);
    }

    [Fact]
    public void No_model_type_can_hold_a_Roslyn_object()
    {
        var modelTypes = typeof(AccessorTypeSpec).Assembly.GetTypes().Where(t => t.Namespace == typeof(AccessorTypeSpec).Namespace).ToArray();
        Assert.Contains(typeof(ViewMemberSpec), modelTypes);
        foreach (var type in modelTypes)
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
                foreach (var fieldType in Constituents(field.FieldType))
                    Assert.True(IsAllowed(fieldType), $"{type.Name}.{field.Name} is a {field.FieldType}");
    }

    /// <summary>The type and, for generic types and arrays, their type arguments and elements.</summary>
    private static IEnumerable<Type> Constituents(Type type)
    {
        yield return type;
        if (type.IsArray)
            foreach (var element in Constituents(type.GetElementType()!))
                yield return element;
        if (type.IsGenericType)
            foreach (var argument in type.GetGenericArguments().SelectMany(Constituents))
                yield return argument;
    }

    private static bool IsAllowed(Type type) =>
        type.IsGenericParameter || type == typeof(string) || type.IsPrimitive || type.IsEnum
        || type.Namespace == typeof(AccessorTypeSpec).Namespace || type.IsArray;
}
