using System;

namespace ConsentGuard.Cli.Tests.Infrastructure;

/// <summary>Line numbers of marker comments (<c>/*@name*/</c>) in test sources, so assertions name places, not numbers.</summary>
internal static class SourceLines
{
    public static int LineOf(string source, string marker)
    {
        var token = "/*@" + marker + "*/";
        var index = source.IndexOf(token, StringComparison.Ordinal);
        if (index < 0 || source.IndexOf(token, index + 1, StringComparison.Ordinal) >= 0)
            throw new ArgumentException($"marker {token} must occur exactly once");
        var line = 1;
        for (var i = 0; i < index; i++)
            if (source[i] == '\n')
                line++;
        return line;
    }
}
