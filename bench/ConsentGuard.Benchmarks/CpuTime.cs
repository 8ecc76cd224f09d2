using System;
using System.Runtime.InteropServices;

namespace ConsentGuard.Benchmarks;

/// <summary>
/// CPU time (user + system) from getrusage. On a shared machine wall time grows with everyone else's load; CPU time
/// mostly does not, so the difference between two CPU times is the figure that survives a busy machine.
/// </summary>
internal static class CpuTime
{
    private const int RusageChildren = -1;
    private const int RusageSelf = 0;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeValue { public long Seconds; public long Microseconds; }

    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public TimeValue User;
        public TimeValue System;
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)] public long[] Rest;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out ResourceUsage usage);

    /// <summary>
    /// This process's terminated, waited-for descendants so far (a <c>dotnet build</c> and the csc it ran), or null where
    /// getrusage is not available (Windows): the harness then reports wall time only.
    /// </summary>
    public static TimeSpan? OfChildren() => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() ? Read(RusageChildren) : null;

    /// <summary>This process so far, all its threads (null where getrusage is not available).</summary>
    public static TimeSpan? OfThisProcess() => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() ? Read(RusageSelf) : null;

    private static TimeSpan? Read(int who)
    {
        try
        {
            if (getrusage(who, out var usage) != 0)
                return null;
            return TimeSpan.FromMicroseconds(usage.User.Seconds * 1_000_000 + usage.User.Microseconds + usage.System.Seconds * 1_000_000 + usage.System.Microseconds);
        }
        catch (DllNotFoundException)
        {
            return null;
        }
    }
}
