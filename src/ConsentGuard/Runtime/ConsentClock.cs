using System;

namespace ConsentGuard
{
    /// <summary>
    /// The time consent events and training runs are stamped with. Injectable so that tests and
    /// replays can place events exactly on the boundaries that as-of queries compare against.
    /// </summary>
    public interface IConsentClock
    {
        /// <summary>The current instant.</summary>
        DateTimeOffset UtcNow { get; }
    }

    /// <summary>Ready-made clocks.</summary>
    public static class ConsentClock
    {
        /// <summary>The system's wall clock (<see cref="DateTimeOffset.UtcNow"/>).</summary>
        public static IConsentClock System { get; } = new SystemClock();

        private sealed class SystemClock : IConsentClock
        {
            public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;
        }
    }
}
