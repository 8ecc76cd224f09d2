using System;
using System.Collections.Generic;

namespace ConsentGuard
{
    // Compiled into each store assembly (ConsentGuard.Sqlite, ConsentGuard.PostgreSql) as its own internal types: what
    // every ledger does the same way, written once. Not in the ConsentGuard package, whose internals a store of another
    // version must not depend on.

    internal static class StoreLogExtensions
    {
        /// <summary>Logs, swallowing anything the log throws: a broken log must not turn "not granted" into an exception.</summary>
        public static void SafeLog(this IConsentLog log, ConsentLogLevel level, string message, Exception? exception = null)
        {
            try
            {
                log.Log(level, message, exception);
            }
            catch
            {
                // The answer is already "not granted"; there is nowhere else to report to.
            }
        }
    }

    internal static class SubjectIdList
    {
        /// <summary>
        /// The ids a batched look-up asks about: each distinct (ordinal) non-empty id once, in first-seen order, without those
        /// <paramref name="unstorable"/> says the store cannot hold (they are in no event, so they are not granted).
        /// </summary>
        public static List<string> Distinct(IReadOnlyCollection<string>? subjectIds, Func<string, bool>? unstorable = null)
        {
            var ids = new List<string>();
            if (subjectIds is null)
                return ids;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in subjectIds)
                if (!string.IsNullOrEmpty(id) && (unstorable is null || !unstorable(id)) && seen.Add(id))
                    ids.Add(id);
            return ids;
        }
    }
}
