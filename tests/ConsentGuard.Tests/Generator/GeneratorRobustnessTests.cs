using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConsentGuard.Tests.Infrastructure;
using ConsentGuard.Tests.Robustness;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Tests.Generator;

/// <summary>
/// Malformed and half-typed input: the generator never throws, and whatever it generates has no error or warning of
/// its own (the user's code may be broken; the generated files never add to it).
/// </summary>
public sealed class GeneratorRobustnessTests
{
    public static TheoryData<string> Malformed() => new()
    {
        // missing or wrong attribute arguments
        """using ConsentGuard; public partial class A { [DataSubject] public string Id = ""; [PersonalData, ConsentPurpose] public string X = ""; [PersonalData, ConsentPurpose(null)] public string Y = ""; [PersonalData, ConsentPurpose(42)] public string Z = ""; }""",
        """using ConsentGuard; public partial class A { [DataSubject] public string Id = ""; [PersonalData((PersonalDataCategory)99), ConsentPurpose(Purposes.Analytics)] public string X = ""; [PersonalData(, ConsentPurpose(Purposes.Analytics)] public string Y = ""; }""",
        // purposes that are not identifiers, or keywords
        """using ConsentGuard; public partial class A { [DataSubject] public string Id = ""; [PersonalData, ConsentPurpose("Not a name"), ConsentPurpose(""), ConsentPurpose("class"), ConsentPurpose("1st"), ConsentPurpose("a\"b")] public string X = ""; }""",
        // error types
        """using ConsentGuard; public partial class A { [DataSubject] public Missing Id; [PersonalData, ConsentPurpose(Purposes.Analytics)] public string X = ""; }""",
        """using ConsentGuard; public partial class A { [DataSubject] public string Id = ""; [PersonalData, ConsentPurpose(Purposes.Analytics)] public Missing<int> X; [PersonalData, ConsentPurpose(Purposes.Advertising)] public string Y = ""; }""",
        // duplicate members and duplicate or conflicting type declarations
        """using ConsentGuard; public partial class A { [DataSubject] public string Id = ""; [PersonalData, ConsentPurpose(Purposes.Analytics)] public string X = ""; [PersonalData, ConsentPurpose(Purposes.Analytics)] public string X = ""; }""",
        """using ConsentGuard; public partial class A { [DataSubject] public string Id = ""; [PersonalData, ConsentPurpose(Purposes.Analytics)] public string X = ""; } public partial struct A { }""",
        """using ConsentGuard; public partial class A { [DataSubject] public string Id = ""; [PersonalData, ConsentPurpose(Purposes.Analytics)] public string X = ""; } public partial class A { [DataSubject] public string Id = ""; }""",
        // subjects in odd places
        """using ConsentGuard; public partial class A { [DataSubject] public static string Id = ""; [PersonalData, ConsentPurpose(Purposes.Analytics)] public string X = ""; public bool M([DataSubject] string s) => true; }""",
        """using ConsentGuard; public partial class A { [DataSubject] public string Id { set { } } [PersonalData, ConsentPurpose(Purposes.Analytics)] public string X { set { } } }""",
        """using ConsentGuard; public partial class A([DataSubject] string id) { [PersonalData, ConsentPurpose(Purposes.Analytics)] public string X = id; }""",
        """using ConsentGuard; public partial record R([DataSubject] string Id, [PersonalData, ConsentPurpose(Purposes.Analytics)] string X) { public string Id { get; } = Id; }""",
        """using ConsentGuard; public partial class A { [DataSubject] public string this[int i] => ""; [PersonalData, ConsentPurpose(Purposes.Analytics)] public string X = ""; }""",
        // shapes that cannot carry views
        """using ConsentGuard; public ref partial struct S { [DataSubject] public string Id; [PersonalData, ConsentPurpose(Purposes.Analytics)] public System.Span<char> X; }""",
        """using ConsentGuard; public partial struct S { [DataSubject] public string Id; [PersonalData, ConsentPurpose(Purposes.Analytics)] public System.Span<char> X; }""",
        """using ConsentGuard; public unsafe partial struct S { [DataSubject] public string Id; [PersonalData, ConsentPurpose(Purposes.Analytics)] public int* X; }""",
        """using ConsentGuard; public static partial class S { [DataSubject] public static string Id = ""; [PersonalData, ConsentPurpose(Purposes.Analytics)] public static string X = ""; }""",
        """using ConsentGuard; public partial class Outer<T> { public partial class Inner<T> { [DataSubject] public string Id = ""; [PersonalData, ConsentPurpose(Purposes.Analytics)] public T X = default!; } }""",
        """using ConsentGuard; file partial class F { [DataSubject] public string Id = ""; [PersonalData, ConsentPurpose(Purposes.Analytics)] public string X = ""; }""",
        """using ConsentGuard; public partial class A { [DataSubject] public string Id = ""; [PersonalData, ConsentPurpose(Purposes.Analytics)] private Hidden X = new(); private class Hidden { } }""",
        // half-typed
        """using ConsentGuard; public partial class A { [DataSubject] public string Id { get; set; } [PersonalData, ConsentPurpose(Purposes.Analytics)] public string X""",
        """using ConsentGuard; public partial class A { [DataSubject] public string Id { get; set; } [PersonalData, ConsentPurpose(Purposes.""",
        """using ConsentGuard; public partial class { [DataSubject] public string Id { get; set; } [PersonalData, ConsentPurpose(Purposes.Analytics)] public string X { get; } }""",
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_input_never_throws_and_generates_nothing_broken(string source)
    {
        var run = GeneratorHarness.Run(source); // throws if the generator threw
        GeneratorRun.AssertNone(run.GeneratedCodeProblems);
    }

    public static TheoryData<string> TypedFiles() =>
        new(["e99-generated-accessor-shapes", "e78-generated-structs-and-cg0006"]);

    [Theory]
    [MemberData(nameof(TypedFiles))]
    public void Code_being_typed_never_gets_broken_generated_code(string caseName)
    {
        var source = CrashHarness.StripMarkup(File.ReadAllText(Path.Combine(TestPaths.ExtraCases, caseName + ".cs")));
        var variants = TruncationTests.Variants(source, seed: caseName.Length).ToList();
        var generatedSomething = false;
        var problems = new List<string>();
        foreach (var variant in variants)
        {
            var run = GeneratorHarness.Run(variant);
            generatedSomething |= run.Sources.Count > 0;
            problems.AddRange(run.GeneratedCodeProblems.Select(d => d + "\n--- on ---\n" + variant));
        }
        Assert.True(problems.Count == 0, string.Join("\n=====\n", problems.Take(3)));
        Assert.True(generatedSomething, "no variant generated anything, so nothing was checked");
    }
}
