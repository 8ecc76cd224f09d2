using System;
using System.Collections.Immutable;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Tests.Robustness;

/// <summary>Malformed and unusual code that must not crash any analyzer or generator.</summary>
public sealed class HostileCodeTests
{
    public static TheoryData<string> Snippets() => new()
    {
        // purposes that are null, numbers, empty, missing
        """[ConsentGuard.ConsentSink(null)] public class A { [ConsentGuard.ConsentPurpose(42)] public string X = ""; [ConsentGuard.ConsentCheck("")] public bool C(string purpose) => true; }""",
        """public class A { [ConsentGuard.ConsentSink] public void S(string s) { } [ConsentGuard.PersonalData((ConsentGuard.PersonalDataCategory)999)] public string P = ""; public void M() => S(P); }""",
        """public class A { [ConsentGuard.ConsentCheck] public bool C() => true; [ConsentGuard.ConsentCheck(ConsentGuard.Purposes.Analytics)] public int D() => 1; public void M() { C(); D(); } }""",
        // wrong targets, error types, recursion
        """[ConsentGuard.PersonalData] public class Loop { [ConsentGuard.PersonalData] public Loop Next = null!; public Loop Self() => Self(); [ConsentGuard.ConsentSink("Analytics")] public void S(Loop l) => S(l.Next); }""",
        """public class A { public Missing M(Unknown u) => u.Foo(bar).Baz; [ConsentGuard.ConsentSink("Analytics")] public void S(object o) { } public void T(dynamic d) => S(d.Email + M(null)); }""",
        // unsafe, ref struct, top-level statements, local functions, deep lambdas
        """public unsafe class U { [ConsentGuard.PersonalData] public int X; public void M() { int* p = stackalloc int[1]; fixed (int* q = &X) { *p = *q; } } }""",
        """public ref struct R { [ConsentGuard.PersonalData] public System.Span<char> Text; [ConsentGuard.ConsentSink("Analytics")] public void S(System.ReadOnlySpan<char> s) { } public void M() => S(Text); }""",
        """using ConsentGuard; var m = new M(); Send(m.E); void Send([ConsentSink(Purposes.Analytics)] string s) { } class M { [PersonalData] public string E = ""; }""",
        """using System; using System.Linq; public class L { [ConsentGuard.PersonalData] public string E = ""; [ConsentGuard.ConsentSink("Analytics")] public void S(object o) { } public void M(L[] ls) { Func<Func<Func<string>>> f = () => () => () => ls.Select(l => l.E).First(); S(f()()()); S(Local(3)); string Local(int n) => n == 0 ? E : Local(n - 1); } }""",
        // generic, partial and record shapes, duplicate members
        """using ConsentGuard; public partial record P<T>([property: DataSubject] string Id, [PersonalData, ConsentPurpose(Purposes.Analytics)] T Value) where T : class; public partial record P<T> { public int Value2 => 1; }""",
        """using ConsentGuard; public partial class D { [DataSubject] public string Id = ""; [DataSubject] public string Id2 = ""; [PersonalData, ConsentPurpose("Bad Name")] public string X = ""; [PersonalData, ConsentPurpose(Purposes.Analytics)] public string X2 = ""; }""",
        """using ConsentGuard; public partial struct S { [DataSubject] public string Id { get; init; } [PersonalData, ConsentPurpose(Purposes.Analytics)] public string AnalyticsView { get; init; } public void ForAnalytics() { } }""",
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void No_crash(string snippet) => Assert.Empty(CrashHarness.Crashes([snippet]));

    [Fact]
    public void The_harness_sees_a_crash()
    {
        var crashes = CrashHarness.Crashes(["public class A { void M() { } }"], extraAnalyzer: new ThrowingAnalyzer());
        Assert.NotEmpty(crashes);
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST0001", "t", "t", "t", DiagnosticSeverity.Warning, true);
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];
        public override void Initialize(AnalysisContext context) =>
            context.RegisterOperationBlockAction(_ => throw new InvalidOperationException("boom"));
    }
}

public sealed class PathologicalRecursionTests
{
    /// <summary>Twenty mutually recursive helpers: summaries that cannot be cached must stay bounded and still find the leak.</summary>
    [Fact]
    public System.Threading.Tasks.Task Mutually_recursive_helpers_terminate_and_still_report()
    {
        var methods = new System.Text.StringBuilder();
        for (var i = 0; i < 20; i++)
            methods.AppendLine($"    public string F{i}(string s, int n) => n <= 0 ? s : F{(i + 1) % 20}(s, n - 1) + F{(i + 7) % 20}(s, n - 2) + F{(i + 13) % 20}(s, n - 3);");
        return ConsentGuardTest.VerifyAsync(Prelude.With($$"""
            public class Web(ICorpus corpus)
            {
            {{methods}}
                public void Run(Member m) => corpus.Add({|CG0001:F0(m.Headline, 5)|});
            }
            """));
    }
}
