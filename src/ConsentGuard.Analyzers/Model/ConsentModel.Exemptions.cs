using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Model
{
    // Which [ConsentExempt]s are in force where.
    internal sealed partial class ConsentModel
    {
        private readonly ConcurrentDictionary<ISymbol, ImmutableArray<Exemption>> _exemptions = new ConcurrentDictionary<ISymbol, ImmutableArray<Exemption>>(SymbolEqualityComparer.Default);

        /// <summary>The [ConsentExempt]s in force inside <paramref name="context"/>: on it, its containing members and types.</summary>
        public ImmutableArray<Exemption> GetExemptions(ISymbol? context)
        {
            if (context is null)
                return ImmutableArray<Exemption>.Empty;
            return _exemptions.GetOrAdd(context, c =>
            {
                var builder = ImmutableArray.CreateBuilder<Exemption>();
                for (var current = c; current is not null && current is not INamespaceSymbol; current = current.ContainingSymbol)
                    foreach (var attribute in current.GetAttributes())
                        if (AttributeReader.Is(attribute, Types.ConsentExempt) && AttributeReader.FirstString(attribute) is { } purpose)
                            builder.Add(new Exemption(purpose, AttributeReader.NamedString(attribute, "Justification"), current, attribute,
                                AttributeReader.NamedString(attribute, "Ticket"), AttributeReader.NamedString(attribute, "Expires")));
                return builder.ToImmutable();
            });
        }

        public bool IsExempt(ISymbol? context, string purpose) => GetExemptions(context).Any(e => e.Purpose == purpose);
    }
}
