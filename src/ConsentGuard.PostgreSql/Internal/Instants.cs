using System;

namespace ConsentGuard.PostgreSql.Internal
{
    /// <summary>
    /// Instants as PostgreSQL's <c>timestamptz</c> keeps them: microseconds, UTC. .NET ticks are tenths of a
    /// microsecond, so an instant is truncated (floored) before it is written or compared. Flooring keeps every as-of
    /// answer exact for events, whose stored times are whole microseconds: <c>event ≤ t</c> exactly when
    /// <c>event ≤ floor(t)</c>.
    /// </summary>
    internal static class Instants
    {
        public static DateTimeOffset ToDatabase(DateTimeOffset instant)
        {
            var ticks = instant.UtcTicks;
            return new DateTimeOffset(ticks - ticks % 10, TimeSpan.Zero);
        }
    }
}
