using System;

namespace ConsentGuard.PostgreSql.Internal
{
    internal static class LogExtensions
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
}
