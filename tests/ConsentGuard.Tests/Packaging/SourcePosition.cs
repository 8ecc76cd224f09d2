using System;
using System.Linq;

namespace ConsentGuard.Tests.Packaging;

/// <summary>Where a piece of a test program is, as compilers print it (1-based line and column).</summary>
internal static class SourcePosition
{
    /// <summary>1-based line and column of <paramref name="target"/> where it follows <paramref name="prefix"/> in <paramref name="source"/>.</summary>
    public static (int Line, int Column) Of(string source, string prefix, string target)
    {
        var offset = source.IndexOf(prefix + target, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"`{prefix}{target}` not found in the test program");
        offset += prefix.Length;
        var before = source[..offset];
        return (before.Count(c => c == '\n') + 1, offset - (before.LastIndexOf('\n') + 1) + 1);
    }
}
