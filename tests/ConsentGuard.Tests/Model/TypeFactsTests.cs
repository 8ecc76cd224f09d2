using System.Linq;
using ConsentGuard.Analyzers.Model;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ConsentGuard.Tests.Model;

/// <summary>
/// The framework-type questions of <see cref="TypeFacts"/> and the check shapes of <see cref="CheckKinds"/> built on them:
/// the real types answer, look-alikes in other namespaces and other awaitables do not, and a compilation's own copy of a
/// framework type answers as the framework's does, with the framework's still recognized beside it.
/// </summary>
public sealed class TypeFactsTests
{
    private const string Declarations = """
        using System.Threading.Tasks;
        public sealed class Awaitable
        {
            public System.Runtime.CompilerServices.TaskAwaiter<bool> GetAwaiter() => Task.FromResult(true).GetAwaiter();
        }
        namespace Fake { public sealed class Task<T> { } public sealed class ValueTask { } public static class Enumerable { } }
        namespace System.Linq { public sealed class NotStatic { } }
        public static class Returns
        {
            public static bool Bool() => true;
            public static bool? NullableBool() => null;
            public static int? NullableInt() => null;
            public static void Void() { }
            public static Task Task() => null!;
            public static Task<bool> TaskOfBool() => null!;
            public static Task<int> TaskOfInt() => null!;
            public static ValueTask ValueTask() => default;
            public static ValueTask<bool> ValueTaskOfBool() => default;
            public static ValueTask<string> ValueTaskOfString() => default;
            public static Awaitable CustomAwaitable() => new Awaitable();
            public static Fake.Task<bool> FakeTaskOfBool() => null!;
            public static Fake.ValueTask FakeValueTask() => null!;
            public static string String() => "";
            public static object Object() => new object();
        }
        """;

    private static CSharpCompilation Compile(params string[] sources) =>
        CSharpCompilation.Create("Facts", sources.Select(s => CSharpSyntaxTree.ParseText(s)), ConsentGuardComponents.Net80References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static readonly CSharpCompilation Compilation = Compile(Declarations);

    private static ITypeSymbol ReturnTypeOf(string method) =>
        Compilation.GetTypeByMetadataName("Returns")!.GetMembers(method).OfType<IMethodSymbol>().Single().ReturnType;

    [Theory]
    [InlineData("Bool", true, true, true, false, false)]
    [InlineData("NullableBool", false, true, true, false, false)]
    [InlineData("NullableInt", false, false, false, false, false)]
    [InlineData("Void", false, false, false, false, false)]
    [InlineData("Task", false, false, false, true, false)]
    [InlineData("TaskOfBool", false, false, true, true, true)]
    [InlineData("TaskOfInt", false, false, false, true, false)]
    [InlineData("ValueTask", false, false, false, true, false)]
    [InlineData("ValueTaskOfBool", false, false, true, true, true)]
    [InlineData("ValueTaskOfString", false, false, false, true, false)]
    [InlineData("CustomAwaitable", false, false, false, false, false)]
    [InlineData("FakeTaskOfBool", false, false, false, false, false)]
    [InlineData("FakeValueTask", false, false, false, false, false)]
    [InlineData("String", false, false, false, false, false)]
    [InlineData("Object", false, false, false, false, false)]
    public void Yes_no_and_task_questions(string method, bool isBool, bool isBoolLike, bool isBoolCondition, bool isTaskLike, bool isTaskOfBool)
    {
        var type = ReturnTypeOf(method);
        Assert.Equal(isBool, TypeFacts.IsBool(type));
        Assert.Equal(isBoolLike, TypeFacts.IsBoolLike(type));
        Assert.Equal(isBoolCondition, TypeFacts.IsBoolCondition(type));
        Assert.Equal(isTaskLike, TypeFacts.IsTaskLike(type));
        Assert.Equal(isTaskOfBool, TypeFacts.IsTaskOfBool(type));
        Assert.Equal(isTaskLike && type is INamedTypeSymbol { Arity: 0 }, TypeFacts.IsResultlessTask(type));
    }

    [Fact]
    public void Nothing_is_a_fact_about_no_type()
    {
        Assert.False(TypeFacts.IsBool(null));
        Assert.False(TypeFacts.IsBoolLike(null));
        Assert.False(TypeFacts.IsBoolCondition(null));
        Assert.False(TypeFacts.IsTaskLike(null));
        Assert.False(TypeFacts.IsLinqOperatorContainer(null));
    }

    [Theory]
    [InlineData("Bool", "Boolean")]
    [InlineData("Void", "Throwing")]
    [InlineData("Task", "Throwing")]
    [InlineData("ValueTask", "Throwing")]
    [InlineData("TaskOfBool", "AsyncBoolean")]
    [InlineData("ValueTaskOfBool", "AsyncBoolean")]
    [InlineData("NullableBool", null)]
    [InlineData("TaskOfInt", null)]
    [InlineData("CustomAwaitable", null)]
    [InlineData("FakeTaskOfBool", null)]
    [InlineData("FakeValueTask", null)]
    [InlineData("String", null)]
    public void A_declared_check_has_one_of_four_shapes(string method, string? expected) =>
        Assert.Equal(expected, CheckKinds.Of(ReturnTypeOf(method))?.ToString());

    [Theory]
    [InlineData("Bool", "Boolean")]
    [InlineData("Void", "Throwing")]
    [InlineData("Task", null)]
    [InlineData("TaskOfBool", "AsyncBoolean")] // an async wrapper of IsGrantedAsync, awaited and tested (probe17, case e151)
    [InlineData("FakeTaskOfBool", null)]
    [InlineData("NullableBool", null)]
    public void An_undeclared_helper_establishes_by_its_answer_or_by_returning(string method, string? expected) =>
        Assert.Equal(expected, CheckKinds.OfHelper(ReturnTypeOf(method))?.ToString());

    [Fact]
    public void ConfigureAwait_and_AsTask_of_the_task_types_pass_the_result_through()
    {
        var passThrough = Compile("""
            using System.Threading.Tasks;
            public static class Calls
            {
                public static async Task M(Task<bool> t, ValueTask<bool> v)
                {
                    await t.ConfigureAwait(false);
                    await v.AsTask();
                    await v.ConfigureAwait(false);
                    await t.ContinueWith(_ => true);
                    Mine.ConfigureAwait(t);
                }
            }
            public static class Mine { public static Task<bool> ConfigureAwait(Task<bool> t) => t; }
            """);
        var tree = passThrough.SyntaxTrees[0];
        var model = passThrough.GetSemanticModel(tree);
        var invoked = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>()
            .Select(i => (IMethodSymbol)model.GetSymbolInfo(i).Symbol!)
            .ToDictionary(m => m.ContainingType.Name + "." + m.Name, TypeFacts.IsTaskPassThrough);
        Assert.True(invoked["Task.ConfigureAwait"]);
        Assert.True(invoked["ValueTask.AsTask"]);
        Assert.True(invoked["ValueTask.ConfigureAwait"]);
        Assert.False(invoked["Task.ContinueWith"]);
        Assert.False(invoked["Mine.ConfigureAwait"]);
    }

    [Fact]
    public void The_static_classes_of_System_Linq_hold_the_operators()
    {
        Assert.True(TypeFacts.IsLinqOperatorContainer(Compilation.GetTypeByMetadataName("System.Linq.Enumerable")));
        Assert.True(TypeFacts.IsLinqOperatorContainer(Compilation.GetTypeByMetadataName("System.Linq.Queryable")));
        Assert.True(TypeFacts.IsLinqOperatorContainer(Compilation.GetTypeByMetadataName("System.Linq.ParallelEnumerable")));
        Assert.False(TypeFacts.IsLinqOperatorContainer(Compilation.GetTypeByMetadataName("System.Linq.NotStatic")));
        Assert.False(TypeFacts.IsLinqOperatorContainer(Compilation.GetTypeByMetadataName("Fake.Enumerable")));
        Assert.False(TypeFacts.IsLinqOperatorContainer(Compilation.GetTypeByMetadataName("System.Collections.Generic.List`1")));
    }

    [Fact]
    public void A_compilation_with_its_own_copies_of_Enumerable_and_Task_sees_both_copies_answer()
    {
        var withCopies = Compile(Declarations, """
            namespace System.Linq { public static class Enumerable { public static int Count<T>(System.Collections.Generic.IEnumerable<T> source) => 0; } }
            namespace System.Threading.Tasks { public class Task<T> { } }
            """);
        var enumerables = withCopies.GetTypesByMetadataName("System.Linq.Enumerable");
        Assert.Equal(2, enumerables.Length); // the copy and the framework's
        Assert.All(enumerables, e => Assert.True(TypeFacts.IsLinqOperatorContainer(e)));

        var tasks = withCopies.GetTypesByMetadataName("System.Threading.Tasks.Task`1");
        Assert.Equal(2, tasks.Length);
        var boolean = withCopies.GetSpecialType(SpecialType.System_Boolean);
        foreach (var task in tasks)
        {
            var taskOfBool = task.Construct(boolean);
            Assert.True(TypeFacts.IsTaskOfBool(taskOfBool));
            Assert.Equal(CheckKind.AsyncBoolean, CheckKinds.Of(taskOfBool));
        }
    }
}
