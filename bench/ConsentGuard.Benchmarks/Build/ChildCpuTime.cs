using System;
using System.Runtime.InteropServices;

namespace ConsentGuard.Benchmarks.Build;

/// <summary>
/// CPU time (user + system) of this process's terminated, waited-for descendants: a <c>dotnet build</c> and the
/// csc it ran. On a shared machine wall time grows with everyone else's load; CPU time mostly does not, so the
/// difference between two builds' CPU times is the figure that survives a busy machine.
/// </summary>
internal static class ChildCpuTime
{
    private const int RusageChildren = -1;

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

    /// <summary>Total so far, or null where getrusage is not available (Windows): the harness then reports wall time only.</summary>
    public static TimeSpan? Total()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return null;
        try
        {
            if (getrusage(RusageChildren, out var usage) != 0)
                return null;
            return TimeSpan.FromMicroseconds(usage.User.Seconds * 1_000_000 + usage.User.Microseconds + usage.System.Seconds * 1_000_000 + usage.System.Microseconds);
        }
        catch (DllNotFoundException)
        {
            return null;
        }
    }
}
