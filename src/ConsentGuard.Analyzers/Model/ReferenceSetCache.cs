using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>
    /// A value that depends on a compilation's referenced assemblies alone, kept for every compilation over the very same
    /// referenced assembly symbols: an IDE makes a new compilation per keystroke over them, so what the references answer is
    /// computed once and asked again only when the set of references (or the assembly's name, which decides what
    /// <c>InternalsVisibleTo</c> lets it see) changes. Only metadata references are kept this way: a project reference's
    /// assembly would keep that project's compilation alive, so a compilation with one gets a value of its own.
    /// </summary>
    internal sealed class ReferenceSetCache<T> where T : class
    {
        private readonly ConditionalWeakTable<IAssemblySymbol, Entry> _byCoreLibrary = new ConditionalWeakTable<IAssemblySymbol, Entry>();
        private readonly Func<Compilation, T> _compute;

        public ReferenceSetCache(Func<Compilation, T> compute) => _compute = compute;

        public T For(Compilation compilation)
        {
            var references = compilation.SourceModule.ReferencedAssemblySymbols;
            if (compilation.ObjectType.ContainingAssembly is not { } coreLibrary || ReferenceEquals(coreLibrary, compilation.Assembly)
                || compilation.References.Any(reference => reference is CompilationReference))
                return _compute(compilation);
            lock (_byCoreLibrary)
            {
                if (_byCoreLibrary.TryGetValue(coreLibrary, out var known) && known.AssemblyName == compilation.AssemblyName
                    && known.References.SequenceEqual(references, ReferenceEquals))
                    return known.Value;
                var fresh = new Entry(references, compilation.AssemblyName, _compute(compilation));
                _byCoreLibrary.Remove(coreLibrary);
                _byCoreLibrary.Add(coreLibrary, fresh);
                return fresh.Value;
            }
        }

        private sealed class Entry
        {
            public Entry(ImmutableArray<IAssemblySymbol> references, string? assemblyName, T value)
            {
                References = references;
                AssemblyName = assemblyName;
                Value = value;
            }

            public ImmutableArray<IAssemblySymbol> References { get; }

            public string? AssemblyName { get; }

            public T Value { get; }
        }
    }
}
