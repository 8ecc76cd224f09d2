using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Configuration
{
    /// <summary>
    /// Resolves documentation-comment IDs against a compilation and everything it references, with Roslyn's
    /// <see cref="DocumentationCommentId"/>; overload sets (<c>M:N.C.M</c>, <c>M:N.C.M(...)</c>) by name in the
    /// containing type.
    /// </summary>
    internal static class DeclarationIdResolver
    {
        public static ImmutableArray<ISymbol> Resolve(Compilation compilation, DocumentationId id)
        {
            if (id.AllOverloads)
                return MembersNamed(compilation, id);
            return Filter(SymbolsFor(id.Text, compilation), id.Kind);
        }

        /// <summary>
        /// For an ID with a parameter list that matched nothing: the IDs of the overloads that do exist, so the
        /// message can say what to write instead. Empty when the name itself is unknown.
        /// </summary>
        public static ImmutableArray<string> ExistingOverloads(Compilation compilation, DocumentationId id, int max)
        {
            if (id.AllOverloads || id.Kind is not (DocumentationIdKind.Method or DocumentationIdKind.Property))
                return ImmutableArray<string>.Empty;
            return MembersNamed(compilation, id)
                .Select(DeclarationIdOf)
                .Where(s => s is not null)
                .Select(s => s!)
                .Take(max)
                .ToImmutableArray();
        }

        /// <summary>
        /// The definition a declaration is keyed by: <c>List&lt;T&gt;.Add</c> for <c>List&lt;int&gt;.Add</c>, the
        /// static method for a reduced extension-method call, the generic method for a constructed one.
        /// </summary>
        public static ISymbol Normalize(ISymbol symbol)
        {
            if (symbol is IMethodSymbol { ReducedFrom: { } reducedFrom })
                symbol = reducedFrom;
            return symbol.OriginalDefinition;
        }

        /// <summary>The ID as people write it: Roslyn appends the return type (<c>~T</c>) to methods' IDs.</summary>
        private static string? DeclarationIdOf(ISymbol symbol)
        {
            var id = DocumentationCommentId.CreateDeclarationId(symbol);
            if (id is null)
                return null;
            var close = id.LastIndexOf(')');
            var tilde = id.IndexOf('~', close < 0 ? 0 : close);
            return tilde < 0 ? id : id.Substring(0, tilde);
        }

        private static ImmutableArray<ISymbol> MembersNamed(Compilation compilation, DocumentationId id)
        {
            if (id.SplitMember() is not { } split)
                return ImmutableArray<ISymbol>.Empty;
            var (containerId, memberName) = split;
            var wantsArity = memberName.IndexOf("``", StringComparison.Ordinal) >= 0;
            var builder = ImmutableArray.CreateBuilder<ISymbol>();
            foreach (var container in SymbolsFor(containerId, compilation).OfType<INamedTypeSymbol>())
            {
                foreach (var member in container.GetMembers())
                {
                    if (!IsKind(member, id.Kind) || DeclarationIdOf(member) is not { } memberId)
                        continue;
                    var name = MemberNameOf(memberId);
                    if (!wantsArity)
                        name = WithoutMethodArity(name);
                    if (string.Equals(name, memberName, StringComparison.Ordinal))
                        builder.Add(member);
                }
            }
            return builder.ToImmutable();
        }

        /// <summary><c>M:N.C.M``1(System.Int32)</c> → <c>M``1</c>.</summary>
        private static string MemberNameOf(string memberId)
        {
            var end = memberId.IndexOf('(');
            var path = end < 0 ? memberId : memberId.Substring(0, end);
            var depth = 0;
            for (var i = path.Length - 1; i >= 2; i--)
            {
                var c = path[i];
                if (c == '}') depth++;
                else if (c == '{') depth--;
                else if (c == '.' && depth == 0) return path.Substring(i + 1);
            }
            return path.Substring(2);
        }

        private static string WithoutMethodArity(string name)
        {
            var arity = name.IndexOf("``", StringComparison.Ordinal);
            return arity < 0 ? name : name.Substring(0, arity);
        }

        private static ImmutableArray<ISymbol> SymbolsFor(string id, Compilation compilation)
        {
            try
            {
                return DocumentationCommentId.GetSymbolsForDeclarationId(id, compilation);
            }
            catch (Exception)
            {
                // Roslyn's ID parser is not documented to throw, but an analyzer must never crash on whatever
                // a user typed into a text file; an ID Roslyn cannot read simply matches nothing (CG0010).
                return ImmutableArray<ISymbol>.Empty;
            }
        }

        private static ImmutableArray<ISymbol> Filter(ImmutableArray<ISymbol> symbols, DocumentationIdKind kind)
        {
            var builder = ImmutableArray.CreateBuilder<ISymbol>(symbols.Length);
            foreach (var symbol in symbols)
                if (IsKind(symbol, kind))
                    builder.Add(symbol);
            return builder.ToImmutable();
        }

        private static bool IsKind(ISymbol symbol, DocumentationIdKind kind) => kind switch
        {
            DocumentationIdKind.Method => symbol is IMethodSymbol,
            DocumentationIdKind.Property => symbol is IPropertySymbol,
            DocumentationIdKind.Field => symbol is IFieldSymbol,
            _ => symbol is INamedTypeSymbol,
        };
    }
}
