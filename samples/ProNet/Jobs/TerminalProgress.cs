using System;
using System.Globalization;
using System.IO;

namespace ProNet;

/// <summary>
/// "exporting: 123,904 members read" on one terminal line, rewritten in place, and erased when done. Only used when
/// stderr is a terminal: a redirected log gets the summary alone, not thousands of carriage returns.
/// </summary>
public sealed class TerminalProgress(TextWriter terminal, string unit) : IProgress<int>, IDisposable
{
    private bool _shown;

    public void Report(int value)
    {
        terminal.Write($"\r  {value.ToString("N0", CultureInfo.InvariantCulture)} {unit} read…");
        terminal.Flush();
        _shown = true;
    }

    public void Dispose()
    {
        if (!_shown)
            return;
        terminal.Write("\r" + new string(' ', 48) + "\r");
        terminal.Flush();
        _shown = false;
    }
}
