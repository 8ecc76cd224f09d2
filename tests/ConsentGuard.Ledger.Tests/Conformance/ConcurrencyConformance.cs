using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Ledger.Tests.Stores;

namespace ConsentGuard.Ledger.Tests.Conformance;

/// <summary>Writers and readers at once, on two ledgers over one store (two processes, or two instances of a service).</summary>
public abstract class ConcurrencyConformance(LedgerStore store) : IDisposable
{
    private const string Gen = Purposes.GenerativeTraining;
    private const int WritersPerLedger = 2;
    private const int EventsPerWriter = 150;
    private readonly LedgerStore _db = store;

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Parallel_writers_and_readers_lose_no_event_and_never_see_consent_nobody_gave()
    {
        // Two ledgers on one store stand in for two processes or service instances.
        using var first = _db.OpenLedger();
        using var second = _db.CreateLedger();
        var ledgers = new[] { first, second };
        var neverGranted = Enumerable.Range(0, 50).Select(i => $"bystander-{i}").ToArray();
        var finalState = new ConcurrentDictionary<string, bool>();
        using var writersDone = new CancellationTokenSource();
        var reads = 0L;
        var wronglyGranted = new ConcurrentBag<string>();

        var writers = Enumerable.Range(0, ledgers.Length * WritersPerLedger).Select(w => OnOwnThread(() =>
        {
            var ledger = ledgers[w % ledgers.Length];
            for (var i = 0; i < EventsPerWriter; i++)
            {
                // Each writer owns its subjects, so the last call per subject is the expected final state.
                var subject = $"writer{w}-subject{i % 10}";
                var grant = i % 3 != 2;
                if (grant)
                    ledger.Grant(subject, Gen, $"writer-{w}", "v1");
                else
                    ledger.Revoke(subject, Gen, $"writer-{w}");
                finalState[subject] = grant;
            }
        })).ToArray();

        var readers = Enumerable.Range(0, 2).Select(r => OnOwnThread(() =>
        {
            var ledger = ledgers[r % ledgers.Length];
            do
            {
                foreach (var id in ledger.GetGrantedSubjects(neverGranted, Gen))
                    wronglyGranted.Add(id);
                if (ledger.IsGranted(neverGranted[0], Gen))
                    wronglyGranted.Add(neverGranted[0]);
                Interlocked.Increment(ref reads);
            }
            while (!writersDone.IsCancellationRequested);
        })).ToArray();

        await Task.WhenAll(writers);
        writersDone.Cancel();
        await Task.WhenAll(readers);

        Assert.Equal(ledgers.Length * WritersPerLedger * EventsPerWriter, first.CountEvents());
        Assert.Empty(wronglyGranted);
        Assert.True(Interlocked.Read(ref reads) > 0);
        Assert.Empty(_db.Log.Errors);
        var verification = first.VerifyCurrentState();
        Assert.True(verification.IsConsistent, string.Join("; ", verification.Mismatches));
        var expectedGranted = finalState.Where(p => p.Value).Select(p => p.Key).OrderBy(s => s, StringComparer.Ordinal);
        Assert.Equal(expectedGranted, second.GetGrantedSubjects(finalState.Keys.ToArray(), Gen).OrderBy(s => s, StringComparer.Ordinal));
    }

    /// <summary>A dedicated thread: on two cores the thread pool would otherwise run writers and readers one after another.</summary>
    private static Task OnOwnThread(Action work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    [Fact]
    public async Task Concurrent_first_opens_migrate_the_schema_once()
    {
        var ledgers = Enumerable.Range(0, 4).Select(_ => _db.CreateLedger()).ToArray();
        try
        {
            await Task.WhenAll(ledgers.Select((ledger, i) => Task.Run(() => ledger.Grant($"s{i}", Gen, "signup", "v1"))));

            Assert.Equal(4, ledgers[0].CountEvents());
            Assert.Equal(_db.LatestSchemaVersion, Convert.ToInt32(_db.Scalar("SELECT count(*) FROM schema_version;")));
            Assert.DoesNotContain(_db.Log.Entries, e => e.Level == ConsentLogLevel.Error);
        }
        finally
        {
            foreach (var ledger in ledgers)
                ledger.Dispose();
        }
    }
}
