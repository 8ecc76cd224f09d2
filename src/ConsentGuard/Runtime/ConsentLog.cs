using System;

namespace ConsentGuard
{
    /// <summary>How serious a runtime log entry is.</summary>
    public enum ConsentLogLevel
    {
        /// <summary>Something worth knowing that changes no answer (a schema migration ran).</summary>
        Information,

        /// <summary>An answer was forced to "not granted" by a rule, not by a failure (unknown jurisdiction).</summary>
        Warning,

        /// <summary>A store or provider failed; the answer was forced to "not granted".</summary>
        Error,
    }

    /// <summary>
    /// Where the runtime reports what it did not let through. A failing consent store answers
    /// "not granted" instead of throwing, so without this log an outage would look like a mass
    /// withdrawal of consent. Implementations must not throw; entries never contain subject ids,
    /// so a log is not one more copy of personal data.
    /// </summary>
    /// <remarks>
    /// To forward to Microsoft.Extensions.Logging, wrap an <c>ILogger</c>:
    /// <c>ConsentLog.FromDelegate((level, message, ex) =&gt; logger.Log(Map(level), ex, "{Message}", message))</c>.
    /// </remarks>
    public interface IConsentLog
    {
        /// <summary>Records one entry.</summary>
        void Log(ConsentLogLevel level, string message, Exception? exception = null);
    }

    /// <summary>Ready-made <see cref="IConsentLog"/>s.</summary>
    public static class ConsentLog
    {
        /// <summary>Discards every entry.</summary>
        public static IConsentLog None { get; } = new DelegateLog((_, _, _) => { });

        /// <summary>Sends each entry to <paramref name="write"/>.</summary>
        public static IConsentLog FromDelegate(Action<ConsentLogLevel, string, Exception?> write) =>
            new DelegateLog(write ?? throw new ArgumentNullException(nameof(write)));

        /// <summary>Sends each entry, formatted as one line (level, message, exception type and message), to <paramref name="writeLine"/>.</summary>
        public static IConsentLog FromAction(Action<string> writeLine)
        {
            if (writeLine is null)
                throw new ArgumentNullException(nameof(writeLine));
            return new DelegateLog((level, message, exception) =>
                writeLine(exception is null
                    ? $"consentguard {level}: {message}"
                    : $"consentguard {level}: {message} ({exception.GetType().Name}: {exception.Message})"));
        }

        /// <summary>
        /// Writes to <paramref name="log"/>, swallowing anything the log itself throws: a broken
        /// log must not turn a fail-closed "not granted" into an exception.
        /// </summary>
        internal static void SafeLog(this IConsentLog log, ConsentLogLevel level, string message, Exception? exception = null)
        {
            try
            {
                log.Log(level, message, exception);
            }
            catch
            {
                // Nothing better to do: the answer is already "not granted".
            }
        }

        private sealed class DelegateLog : IConsentLog
        {
            private readonly Action<ConsentLogLevel, string, Exception?> _write;
            public DelegateLog(Action<ConsentLogLevel, string, Exception?> write) => _write = write;
            public void Log(ConsentLogLevel level, string message, Exception? exception = null) => _write(level, message, exception);
        }
    }
}
