using System;

namespace ConsentGuard.Sqlite.Tests.Infrastructure;

/// <summary>A fact that needs Linux (e.g. /proc as a directory no one, not even root, can create files in).</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
            Skip = "Needs Linux.";
    }
}
