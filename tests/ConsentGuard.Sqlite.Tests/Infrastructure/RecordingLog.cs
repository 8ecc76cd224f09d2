using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace ConsentGuard.Sqlite.Tests.Infrastructure;

public sealed record LogEntry(ConsentLogLevel Level, string Message, Exception? Exception);

/// <summary>Keeps every entry, thread-safely, for assertions.</summary>
public sealed class RecordingLog : IConsentLog
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public void Log(ConsentLogLevel level, string message, Exception? exception = null) => _entries.Enqueue(new LogEntry(level, message, exception));

    public IReadOnlyList<LogEntry> Entries => _entries.ToArray();

    public IReadOnlyList<LogEntry> Errors => Entries.Where(e => e.Level == ConsentLogLevel.Error).ToArray();
}
