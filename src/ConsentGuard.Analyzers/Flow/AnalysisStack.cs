using System.Threading;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>
    /// The members whose summaries are being computed for one request, innermost first: recursion ends where a member is
    /// already on it, depth and the number of bodies are bounded, and the request's cancellation token and any limit it
    /// reached travel with it.
    /// </summary>
    internal sealed class AnalysisStack
    {
        /// <summary>A stack of no request (tests, the pre-scan): nothing to cancel, and a limit reached is kept per frame only.</summary>
        public static readonly AnalysisStack Empty = new AnalysisStack(null, null, 0, null, request: null);

        /// <summary>How many bodies one outermost request may summarize: recursive code that defeats caching stays bounded.</summary>
        public const int BodiesPerRequest = 256;

        /// <summary>How many summaries deep one chain of calls is followed.</summary>
        public const int MaxDepth = 8;

        public static readonly string DepthLimit = $"a chain of calls deeper than {MaxDepth} summaries was cut; the calls beyond it were judged by their declarations only";

        public static readonly string BudgetLimit = $"the request summarized its budget of {BodiesPerRequest} bodies; the calls beyond it were judged by their declarations only";

        private readonly ISymbol? _symbol;
        private readonly AnalysisStack? _parent;
        private readonly int[]? _budget;
        private readonly Request? _request;

        private AnalysisStack(ISymbol? symbol, AnalysisStack? parent, int depth, int[]? budget, Request? request)
        {
            _symbol = symbol;
            _parent = parent;
            Depth = depth;
            _budget = budget;
            _request = request;
        }

        /// <summary>The root of one analyzer request (one body reported on): its token reaches every summary computed for it.</summary>
        public static AnalysisStack ForRequest(CancellationToken cancellationToken) => new AnalysisStack(null, null, 0, null, new Request(cancellationToken));

        public int Depth { get; }

        public CancellationToken CancellationToken => _request?.CancellationToken ?? CancellationToken.None;

        public bool Contains(ISymbol symbol)
        {
            for (var current = this; current is not null && current._symbol is not null; current = current._parent)
                if (SymbolEqualityComparer.Default.Equals(current._symbol, symbol))
                    return true;
            return false;
        }

        public AnalysisStack Push(ISymbol symbol) => new AnalysisStack(symbol, this, Depth + 1, _budget ?? new[] { BodiesPerRequest }, _request);

        /// <summary>Takes one body from the request's budget; false when it is spent.</summary>
        public bool TrySpend() => _budget is null || _budget[0]-- > 0;

        /// <summary>
        /// True when a summary computed under this frame was cut short (recursion, depth or budget): such a result is
        /// right for this request but not worth caching below the outermost request.
        /// </summary>
        public bool Truncated { get; private set; }

        /// <summary>
        /// The limit (depth or budget, not recursion, which the summaries handle) that cut something computed under this frame,
        /// or under the request when this is its root; null when nothing was cut. Recursion is not a limit: a member already on
        /// the stack is being summarized and adds nothing new.
        /// </summary>
        public string? LimitReached => _symbol is null ? _request?.LimitReached : _limitReached;

        private string? _limitReached;

        /// <summary>Marks this frame and every enclosing one: a cut below taints everything above it.</summary>
        public void MarkTruncated()
        {
            for (var current = this; current is not null && current._symbol is not null; current = current._parent)
                current.Truncated = true;
        }

        /// <summary>A limit cut the analysis here: every enclosing frame and the request learn it (the first reason is kept).</summary>
        public void MarkLimit(string reason)
        {
            MarkTruncated();
            for (var current = this; current is not null && current._symbol is not null; current = current._parent)
                current._limitReached ??= reason;
            if (_request is not null)
                _request.LimitReached ??= reason;
        }

        /// <summary>What one request shares across its frames.</summary>
        private sealed class Request
        {
            public Request(CancellationToken cancellationToken) => CancellationToken = cancellationToken;

            public CancellationToken CancellationToken { get; }

            public string? LimitReached { get; set; }
        }
    }
}
