using System.Collections.Concurrent;
using System.Collections.Generic;

namespace ConsentGuard.Analyzers.Flow
{
    /// <summary>
    /// One per-compilation cache of <see cref="FlowSummaries"/> (method summaries, guards, a type's field writes …) that also
    /// remembers which entries a limit cut (<see cref="AnalysisStack.LimitReached"/>): a later request that reuses such an
    /// entry learns the limit too, so it reports the member unverified (CG0012) as the first request did, instead of passing
    /// in silence because the cut happened in someone else's request.
    /// </summary>
    internal sealed class SummaryCache<TKey, TValue> where TKey : notnull
    {
        private readonly ConcurrentDictionary<TKey, TValue> _values;
        private readonly ConcurrentDictionary<TKey, string> _limits;

        public SummaryCache(IEqualityComparer<TKey> comparer)
        {
            _values = new ConcurrentDictionary<TKey, TValue>(comparer);
            _limits = new ConcurrentDictionary<TKey, string>(comparer);
        }

        public bool ContainsKey(TKey key) => _values.ContainsKey(key);

        /// <summary>The kept value, if any; a limit it was computed under is passed on to <paramref name="stack"/>.</summary>
        public bool TryRecall(TKey key, AnalysisStack stack, out TValue value)
        {
            if (!_values.TryGetValue(key, out value!))
                return false;
            if (_limits.TryGetValue(key, out var limit))
                stack.MarkLimit(limit);
            return true;
        }

        /// <summary>
        /// Keeps <paramref name="value"/>, computed under <paramref name="frame"/>, unless something below the outermost request
        /// cut it short (it is right for this request only); returns the value kept (a racing request's, if it came first).
        /// </summary>
        public TValue Keep(TKey key, TValue value, AnalysisStack frame)
        {
            if (frame.Truncated && frame.Depth > 1)
                return value;
            if (frame.LimitReached is { } limit)
                _limits.TryAdd(key, limit);
            return _values.GetOrAdd(key, value);
        }
    }
}
