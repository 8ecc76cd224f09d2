using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Sqlite.Tests.Infrastructure;
using ConsentGuard.Tests.Shared.Faults;

namespace ConsentGuard.Sqlite.Tests.Faults;

/// <summary>
/// Writers and readers at once while faults hit both: every write that failed was seen by its writer and retried, so
/// the ledger ends with exactly the events written; no reader ever saw consent nobody gave.
/// </summary>
public sealed class FaultConcurrencyTests : IDisposable
{
    private const string Gen = Purposes.GenerativeTraining;
    private const int Writers = 4;
    private const int EventsPerWriter = 60;
    private const int ClockFaultEvery = 7; // every 7th clock read, inside a write transaction, throws
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Parallel_writers_retrying_failed_writes_lose_no_event_while_readers_hit_faults()
    {
        using (SqliteConsentLedger.Open(_db.Options())) { } // the schema, before the failing clock is in play
        var clock = new FlakyClock(_db.Clock, ClockFaultEvery);
        var options = _db.Options();
        options.Clock = clock;
        // Two ledgers on one file stand in for two processes; a third is disposed under its readers.
        using var first = new SqliteConsentLedger(options);
        using var second = new SqliteConsentLedger(options);
        var doomed = new SqliteConsentLedger(_db.Options());
        var ledgers = new[] { first, second };
        var bystanders = Enumerable.Range(0, 20).Select(i => $"bystander-{i}").ToArray();
        var failedWrites = 0;
        var wronglyGranted = new ConcurrentBag<string>();
        var readerLog = new RecordingLog();
        using var start = new Barrier(Writers + 3 + 1); // writers, readers and this thread
        using var writersDone = new CancellationTokenSource();

        var writers = Enumerable.Range(0, Writers).Select(w => OnOwnThread(() =>
        {
            var ledger = ledgers[w % ledgers.Length];
            start.SignalAndWait();
            for (var i = 0; i < EventsPerWriter; i++)
            {
                var subject = $"writer{w}-subject{i % 5}";
                while (true)
                {
                    try
                    {
                        if (i % 3 == 2)
                            ledger.Revoke(subject, Gen, $"writer-{w}");
                        else
                            ledger.Grant(subject, Gen, $"writer-{w}", "v1");
                        break;
                    }
                    catch (InvalidOperationException)
                    {
                        Interlocked.Increment(ref failedWrites); // the writer saw it: retry
                    }
                }
            }
        })).ToArray();

        // Readers: the ledger itself, a policy over a provider that throws on every call, and a ledger disposed mid-way.
        using var throwing = new FaultyConsentProvider(first, Fault.Throw);
        var failingPolicy = new PolicyConsentProvider(throwing, ConsentPolicy.Default, log: readerLog);
        var readers = new IConsentProvider[] { second, failingPolicy, doomed }.Select((reader, r) => OnOwnThread(() =>
        {
            start.SignalAndWait();
            do
            {
                foreach (var id in reader.GetGrantedSubjects(bystanders, Gen))
                    wronglyGranted.Add(id);
                if (reader.IsGranted(bystanders[0], Gen))
                    wronglyGranted.Add(bystanders[0]);
                if (r == 1 && (reader.IsGranted("writer0-subject0", Gen) || reader.GetGrantedSubjects(["writer0-subject0"], Gen).Count > 0))
                    wronglyGranted.Add("through a failing provider");
            }
            while (!writersDone.IsCancellationRequested);
        })).ToArray();

        start.SignalAndWait();
        doomed.Dispose();
        await Task.WhenAll(writers).WaitAsync(WrapperFaultTests.Watchdog);
        writersDone.Cancel();
        await Task.WhenAll(readers).WaitAsync(WrapperFaultTests.Watchdog);

        Assert.Equal(Writers * EventsPerWriter, first.CountEvents());
        Assert.Equal(clock.Faults, failedWrites);
        Assert.True(failedWrites > 0);
        Assert.Empty(wronglyGranted);
        Assert.NotEmpty(readerLog.Errors);
        Assert.All(_db.Log.Errors, e => Assert.IsType<ObjectDisposedException>(e.Exception));
        Assert.True(first.VerifyCurrentState().IsConsistent);
        for (var w = 0; w < Writers; w++)
            Assert.Equal(EventsPerWriter, Enumerable.Range(0, 5).Sum(s => first.GetHistory($"writer{w}-subject{s}").Count));
    }

    private static Task OnOwnThread(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>Throws on every <c>every</c>-th read, counting the faults it raised.</summary>
    private sealed class FlakyClock(IConsentClock inner, int every) : IConsentClock
    {
        private int _reads;
        private int _faults;

        public int Faults => Volatile.Read(ref _faults);

        public DateTimeOffset UtcNow
        {
            get
            {
                if (Interlocked.Increment(ref _reads) % every != 0)
                    return inner.UtcNow;
                Interlocked.Increment(ref _faults);
                throw new InvalidOperationException("clock unavailable");
            }
        }
    }
}
