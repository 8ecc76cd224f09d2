using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>
    /// What a <c>dynamic</c> member read may read (issue #18, shape 5; docs/semantics.md §6): binding happens at run time, so
    /// <c>d.X</c> reads every field or property named X that could be bound. When the receiver's static type is known before it
    /// became dynamic (<c>((dynamic)this).X</c>), that type's members (and its bases'); otherwise every one of this compilation
    /// (a library's own members hold only what was put into them, which the receiver's data already carries).
    /// </summary>
    internal static class DynamicMembers
    {
        public static IEnumerable<ISymbol> Candidates(Compilation compilation, IDynamicMemberReferenceOperation reference)
        {
            var name = reference.MemberName;
            if (reference.Instance?.WithoutConversions().Type is { TypeKind: not TypeKind.Dynamic } known)
            {
                foreach (var member in MembersOf(known, name))
                    yield return member;
                yield break;
            }
            foreach (var member in Named(compilation, name))
                yield return member;
        }

        /// <summary>The fields and properties named <paramref name="name"/> of <paramref name="known"/> and its bases.</summary>
        public static IEnumerable<ISymbol> MembersOf(ITypeSymbol known, string name)
        {
            for (var type = known; type is not null; type = type.BaseType)
                foreach (var member in type.GetMembers(name))
                    if (IsStorage(member))
                        yield return member;
        }

        private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<string, ImmutableArray<ISymbol>>> ByName =
            new ConditionalWeakTable<Compilation, ConcurrentDictionary<string, ImmutableArray<ISymbol>>>();

        /// <summary>The compilation's fields and properties named <paramref name="name"/>, looked up once per compilation (a body is passed over many times).</summary>
        private static ImmutableArray<ISymbol> Named(Compilation compilation, string name) =>
            ByName.GetValue(compilation, _ => new ConcurrentDictionary<string, ImmutableArray<ISymbol>>(System.StringComparer.Ordinal))
                .GetOrAdd(name, n => compilation.GetSymbolsWithName(n, SymbolFilter.Member).Where(IsStorage).ToImmutableArray());

        private static bool IsStorage(ISymbol member) =>
            member is IFieldSymbol { IsConst: false } or IPropertySymbol { IsIndexer: false } && !member.IsImplicitlyDeclared;
    }
}
