using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// Which attribute syntax can name one of a few attribute types, decided from the written name alone, so that an
    /// analyzer binds only those attributes: binding every attribute of a code base ([HttpGet], [Required], …) cost
    /// more than everything else the attribute analyzers do. Sound for every way C# can name a type in an attribute:
    /// <c>X</c>, <c>XAttribute</c>, qualified or <c>global::</c> names, and aliases (<c>using E = …XAttribute;</c>,
    /// global or per namespace, and aliases of those), whose names come from the compilation's using directives
    /// (<see cref="ConsentModel.UsingAliases"/>, collected once per compilation for every filter).
    /// </summary>
    internal sealed class AttributeNameFilter
    {
        private readonly ConsentModel _model;
        private readonly HashSet<string> _typeNames;
        private HashSet<string>? _names;

        public AttributeNameFilter(ConsentModel model, IEnumerable<INamedTypeSymbol?> attributeTypes)
        {
            _model = model;
            _typeNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var type in attributeTypes)
            {
                if (type is null)
                    continue;
                _typeNames.Add(type.Name);
                if (type.Name.EndsWith("Attribute", StringComparison.Ordinal) && type.Name.Length > "Attribute".Length)
                    _typeNames.Add(type.Name.Substring(0, type.Name.Length - "Attribute".Length));
            }
        }

        /// <summary>False only when <paramref name="attribute"/> certainly names none of the types.</summary>
        public bool MayName(AttributeSyntax attribute)
        {
            if (_typeNames.Count == 0)
                return false;
            var names = LazyInitializer.EnsureInitialized(ref _names, () => WithAliases(_model.UsingAliases, _typeNames))!;
            return RightmostIdentifier(attribute.Name) is { } identifier && names.Contains(identifier);
        }

        private static string? RightmostIdentifier(NameSyntax? name) => name switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliasQualified => aliasQualified.Name.Identifier.ValueText,
            _ => null,
        };

        /// <summary>The type names and every alias that (through other aliases, too) ends in one of them.</summary>
        private static HashSet<string> WithAliases(ImmutableArray<UsingAlias> aliases, HashSet<string> typeNames)
        {
            var names = new HashSet<string>(typeNames, StringComparer.Ordinal);
            for (var added = true; added;)
            {
                added = false;
                foreach (var alias in aliases)
                    if (alias.Target is { } target && names.Contains(target) && names.Add(alias.Name))
                        added = true;
            }
            return names;
        }

        /// <summary>Every <c>using A = …;</c> of the compilation, as the alias and the rightmost identifier of what it names.</summary>
        public static ImmutableArray<UsingAlias> UsingAliasesOf(Compilation compilation) =>
            compilation.SyntaxTrees.SelectMany(tree => UsingDirectives(tree.GetRoot()))
                .Where(directive => directive.Alias is not null)
                .Select(directive => new UsingAlias(directive.Alias!.Name.Identifier.ValueText, RightmostIdentifier(directive.Name)))
                .ToImmutableArray();

        /// <summary>Using directives can only sit in compilation units and namespace declarations, so only those are visited.</summary>
        private static IEnumerable<UsingDirectiveSyntax> UsingDirectives(SyntaxNode root)
        {
            var pending = new Stack<SyntaxNode>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                var (usings, members) = node switch
                {
                    CompilationUnitSyntax unit => (unit.Usings, unit.Members),
                    BaseNamespaceDeclarationSyntax ns => (ns.Usings, ns.Members),
                    _ => (default(SyntaxList<UsingDirectiveSyntax>), default(SyntaxList<MemberDeclarationSyntax>)),
                };
                foreach (var directive in usings)
                    yield return directive;
                foreach (var member in members)
                    if (member is BaseNamespaceDeclarationSyntax)
                        pending.Push(member);
            }
        }
    }

    /// <summary>A using alias: its name, and the rightmost identifier of the name it stands for (null for other types).</summary>
    internal sealed record UsingAlias(string Name, string? Target);
}
