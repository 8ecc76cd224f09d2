using System.Linq;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// The questions about framework types that the analysis asks in more than one place (is this a yes/no answer, a task,
    /// a LINQ operator?), answered once, so that the guard analysis, the taint analysis, the pre-scan and the rules agree.
    /// </summary>
    /// <remarks>
    /// A framework type is recognized by its full metadata name (namespace, name and arity), not by the one symbol
    /// <see cref="WellKnownTypes"/> resolves for it. For these types the name is the contract: a compilation that defines
    /// its own copy of <c>System.Linq.Enumerable</c> or <c>System.Threading.Tasks.Task`1</c> (a polyfill, a source-only
    /// package) sees both that copy and the framework's in its references, and calls to either behave alike, while the
    /// best-type rule picks one and would make calls to the other look like any unknown method. Nothing here allocates.
    /// </remarks>
    internal static class TypeFacts
    {
        private const string TasksNamespace = "System.Threading.Tasks";
        private const string LinqNamespace = "System.Linq";

        /// <summary><c>bool</c> itself.</summary>
        public static bool IsBool(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_Boolean;

        /// <summary><c>bool</c> or <c>bool?</c>: a value that is only a yes or no (or nothing), which carries no personal data.</summary>
        public static bool IsBoolLike(ITypeSymbol? type) => IsBool(type) || IsNullableBool(type);

        /// <summary>
        /// A place a library call can write data into (an array, a <c>System.IO.Stream</c>, an <c>IBufferWriter&lt;T&gt;</c>, a
        /// collection): <c>Array.Copy(src, dst, n)</c>, <c>list.CopyTo(dst)</c>, <c>source.CopyTo(target)</c>,
        /// <c>Encoding.GetBytes(s, 0, n, buffer, 0)</c>.
        /// </summary>
        public static bool IsWritableBuffer(ITypeSymbol? type)
        {
            if (type is IArrayTypeSymbol || type?.SpecialType == SpecialType.System_Array)
                return true;
            for (var current = type; current is not null; current = current.BaseType)
                if (current.Name == "Stream" && SymbolNames.HasFullName(current.ContainingNamespace, "System.IO"))
                    return true;
            return type is not null && type.AllInterfaces.Any(i => i.Name is "IBufferWriter" or "ICollection" && i.IsGenericType
                && (SymbolNames.HasFullName(i.ContainingNamespace, "System.Buffers") || SymbolNames.HasFullName(i.ContainingNamespace, "System.Collections.Generic")));
        }

        /// <summary><c>bool?</c>: a yes, a no, or nothing (<c>consent?.IsGranted(…)</c> without a provider).</summary>
        public static bool IsNullableBool(ITypeSymbol? type) =>
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && IsBool(nullable.TypeArguments[0]);

        /// <summary>
        /// A value a condition can test, now or once awaited: <c>bool</c>, <c>bool?</c>, <c>Task&lt;bool&gt;</c> or
        /// <c>ValueTask&lt;bool&gt;</c> (a local that holds a check's answer, or its pending answer).
        /// </summary>
        public static bool IsBoolCondition(ITypeSymbol? type) => IsBoolLike(type) || IsTaskOfBool(type);

        /// <summary><c>Task</c>, <c>Task&lt;T&gt;</c>, <c>ValueTask</c> or <c>ValueTask&lt;T&gt;</c>; not other awaitables, which have no <c>Result</c> to read.</summary>
        public static bool IsTaskLike(ITypeSymbol? type) =>
            type is INamedTypeSymbol { Name: "Task" or "ValueTask", Arity: 0 or 1, ContainingType: null } named
            && SymbolNames.HasFullName(named.ContainingNamespace, TasksNamespace);

        /// <summary><c>Task</c> or <c>ValueTask</c>: the result of an async method that returns nothing.</summary>
        public static bool IsResultlessTask(ITypeSymbol? type) => IsTaskLike(type) && type is INamedTypeSymbol { Arity: 0 };

        /// <summary><c>Task&lt;bool&gt;</c> or <c>ValueTask&lt;bool&gt;</c>: a yes or no, once awaited.</summary>
        public static bool IsTaskOfBool(ITypeSymbol? type) =>
            IsTaskLike(type) && type is INamedTypeSymbol { Arity: 1 } task && IsBool(task.TypeArguments[0]);

        /// <summary><c>ConfigureAwait(…)</c> and <c>AsTask()</c> of the task types: they hand on the same result.</summary>
        public static bool IsTaskPassThrough(IMethodSymbol method) =>
            method.Name is "ConfigureAwait" or "AsTask" && SymbolNames.HasFullName(method.ContainingNamespace, TasksNamespace);

        /// <summary>
        /// A static class of <c>System.Linq</c> (<c>Enumerable</c>, <c>Queryable</c>, <c>AsyncEnumerable</c>, <c>ParallelEnumerable</c>,
        /// a polyfill's copy): its methods are LINQ operators, whose results relate to their sources element by element.
        /// </summary>
        public static bool IsLinqOperatorContainer(INamedTypeSymbol? type) =>
            type is { IsStatic: true } && SymbolNames.HasFullName(type.ContainingNamespace, LinqNamespace);
    }
}
