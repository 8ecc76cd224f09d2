using System;

namespace ConsentGuard.Sqlite.Tests.Infrastructure;

/// <summary>A clock that moves only when told, so events land exactly on chosen instants.</summary>
public sealed class ManualClock : IConsentClock
{
    public static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public DateTimeOffset UtcNow { get; set; } = Start;

    public DateTimeOffset Advance(TimeSpan by) => UtcNow += by;
}
