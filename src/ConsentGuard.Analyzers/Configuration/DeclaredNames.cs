using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Configuration
{
    /// <summary>
    /// Which simple names of namespaces and types a compilation and its references declare. A documentation-comment ID can
    /// name a symbol only when each of its namespaces and types is among them (<c>OpenAI</c>, <c>Chat</c> and
    /// <c>ChatClient</c> in <c>M:OpenAI.Chat.ChatClient.CompleteChat</c>), so most lines of the built-in catalog are known
    /// not to apply without asking Roslyn, whose look-up walks the merged namespaces of every new compilation (about half a
    /// millisecond of each keystroke's request went to it).
    /// </summary>
    internal sealed class DeclaredNames
    {
        private static readonly ReferenceSetCache<ReferencedNames> OfReferences = new ReferenceSetCache<ReferencedNames>(compilation =>
            new ReferencedNames(compilation.SourceModule.ReferencedAssemblySymbols));

        private readonly IAssemblySymbol _source;
        private readonly ReferencedNames _references;

        public DeclaredNames(Compilation compilation)
        {
            _source = compilation.Assembly;
            _references = OfReferences.For(compilation);
        }

        /// <summary>False only when no symbol of the compilation or its references can have this ID.</summary>
        public bool MayDeclare(DocumentationId id)
        {
            var parts = QualifierParts(id);
            foreach (var part in parts)
            {
                if (!DeclaresInSource(part) && !_references.Declares(part))
                    return false;
            }
            return true;
        }

        // The compilation's own names are asked of Roslyn's sets directly (simple names, types without arity): copying
        // them would cost more than the look-ups they answer, as they are made anew for every compilation.
        private bool DeclaresInSource(string name) => _source.TypeNames.Contains(name) || _source.NamespaceNames.Contains(name);

        /// <summary>
        /// The namespaces and types an ID's symbol sits in, as simple names without arity: <c>N.C`1.M``1</c> → N, C (a type's
        /// ID: its own name too).
        /// </summary>
        internal static IEnumerable<string> QualifierParts(DocumentationId id)
        {
            var parts = id.NamePath.Split('.');
            var qualifiers = id.Kind == DocumentationIdKind.Type ? parts.Length : parts.Length - 1;
            for (var i = 0; i < qualifiers; i++)
                yield return WithoutArity(parts[i]);
        }

        private static string WithoutArity(string name)
        {
            var tick = name.IndexOf('`');
            return tick < 0 ? name : name.Substring(0, tick);
        }

        // Roslyn lists simple names (namespaces 'System', 'Collections'; types without arity, nested ones included);
        // taking each without arity keeps the set a superset either way.
        private static HashSet<string> NamesOf(IAssemblySymbol assembly)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var name in assembly.NamespaceNames)
                names.Add(WithoutArity(name));
            foreach (var name in assembly.TypeNames)
                names.Add(WithoutArity(name));
            return names;
        }

        /// <summary>The answers of one set of referenced assemblies, kept with it (<see cref="ReferenceSetCache{T}"/>).</summary>
        private sealed class ReferencedNames
        {
            private static readonly ConditionalWeakTable<IAssemblySymbol, HashSet<string>> OfAssembly = new ConditionalWeakTable<IAssemblySymbol, HashSet<string>>();

            private readonly ImmutableArray<IAssemblySymbol> _assemblies;
            private readonly ConcurrentDictionary<string, bool> _answers = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

            public ReferencedNames(ImmutableArray<IAssemblySymbol> assemblies) => _assemblies = assemblies;

            public bool Declares(string name) =>
                _answers.GetOrAdd(name, n => _assemblies.Any(assembly => OfAssembly.GetValue(assembly, NamesOf).Contains(n)));
        }
    }
}
