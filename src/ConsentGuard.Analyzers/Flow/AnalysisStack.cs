using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>The members whose summaries are being computed, innermost first: recursion ends where a member is already on it, and depth is bounded.</summary>
    internal sealed class AnalysisStack
    {
        public static readonly AnalysisStack Empty = new AnalysisStack(null, null, 0, null);

        /// <summary>How many bodies one outermost request may summarize: recursive code that defeats caching stays bounded.</summary>
        public const int BodiesPerRequest = 256;

        private readonly ISymbol? _symbol;
        private readonly AnalysisStack? _parent;
        private readonly int[]? _budget;

        private AnalysisStack(ISymbol? symbol, AnalysisStack? parent, int depth, int[]? budget)
        {
            _symbol = symbol;
            _parent = parent;
            Depth = depth;
            _budget = budget;
        }

        public int Depth { get; }

        public bool Contains(ISymbol symbol)
        {
            for (var current = this; current is not null && current._symbol is not null; current = current._parent)
                if (SymbolEqualityComparer.Default.Equals(current._symbol, symbol))
                    return true;
            return false;
        }

        public AnalysisStack Push(ISymbol symbol) => new AnalysisStack(symbol, this, Depth + 1, _budget ?? new[] { BodiesPerRequest });

        /// <summary>Takes one body from the request's budget; false when it is spent.</summary>
        public bool TrySpend() => _budget is null || _budget[0]-- > 0;

        /// <summary>
        /// True when a summary computed under this frame was cut short (recursion or depth): such a result is
        /// right for this request but not worth caching below the outermost request.
        /// </summary>
        public bool Truncated { get; private set; }

        /// <summary>Marks this frame and every enclosing one: a cut below taints everything above it.</summary>
        public void MarkTruncated()
        {
            for (var current = this; current is not null && current._symbol is not null; current = current._parent)
                current.Truncated = true;
        }
    }
}
