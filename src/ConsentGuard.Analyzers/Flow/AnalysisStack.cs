using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>The members whose summaries are being computed, innermost first: recursion ends where a member is already on it, and depth is bounded.</summary>
    internal sealed class AnalysisStack
    {
        public static readonly AnalysisStack Empty = new AnalysisStack(null, null, 0);

        private readonly ISymbol? _symbol;
        private readonly AnalysisStack? _parent;

        private AnalysisStack(ISymbol? symbol, AnalysisStack? parent, int depth)
        {
            _symbol = symbol;
            _parent = parent;
            Depth = depth;
        }

        public int Depth { get; }

        public bool Contains(ISymbol symbol)
        {
            for (var current = this; current is not null && current._symbol is not null; current = current._parent)
                if (SymbolEqualityComparer.Default.Equals(current._symbol, symbol))
                    return true;
            return false;
        }

        public AnalysisStack Push(ISymbol symbol) => new AnalysisStack(symbol, this, Depth + 1);
    }
}
