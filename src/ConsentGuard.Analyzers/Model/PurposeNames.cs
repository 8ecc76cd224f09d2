using System;
using System.Collections.Generic;

namespace ConsentGuard.Analyzers.Model
{
    /// <summary>Purpose-name helpers shared by CG0005 and its code fix.</summary>
    internal static class PurposeNames
    {
        /// <summary>The diagnostic property carrying the suggested purpose for a misspelled one.</summary>
        public const string SuggestionProperty = "Suggestion";

        /// <summary>The known purpose nearest to <paramref name="text"/> by edit distance (case-insensitive), if it is plausibly a typo.</summary>
        public static string? Nearest(string text, IEnumerable<string> known)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var candidate in known)
            {
                var distance = Distance(text.ToUpperInvariant(), candidate.ToUpperInvariant());
                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            return best is not null && bestDistance <= Math.Max(2, best.Length / 3) ? best : null;
        }

        /// <summary>Levenshtein distance.</summary>
        public static int Distance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
                previous[j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
                }
                (previous, current) = (current, previous);
            }
            return previous[b.Length];
        }
    }
}
