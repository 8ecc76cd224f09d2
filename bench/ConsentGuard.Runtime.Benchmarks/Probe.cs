using System;
using System.Diagnostics;
using System.Linq;

namespace ConsentGuard.Runtime.Benchmarks;

/// <summary>
/// A quick check without BenchmarkDotNet: process CPU time per look-up, which a machine shared with
/// other work inflates less than wall time. SQLite first, then the in-memory provider, whose million
/// entries would otherwise put GC work into the SQLite figures.
/// </summary>
public static class Probe
{
    private const int Rounds = 3;

    public static void Run()
    {
        var sample = Subjects.Sample(10_000);
        using (var ledger = LedgerFixture.OpenSeeded())
        {
            for (var round = 0; round < Rounds; round++)
            {
                Report("Sqlite GetGrantedSubjects (10k, chunks of 500)", 20 * sample.Length, () =>
                {
                    for (var i = 0; i < 20; i++)
                        ledger.GetGrantedSubjects(sample, Subjects.Purpose);
                });
                Report("Sqlite IsGranted", sample.Length, () =>
                {
                    foreach (var id in sample)
                        if (ledger.IsGranted(id, Subjects.Purpose))
                            Granted++;
                });
            }
        }

        var memory = new InMemoryConsentProvider();
        for (var i = 0; i < Subjects.Count; i++)
            if (Subjects.Consents(i))
                memory.Grant(Subjects.Id(i), Subjects.Purpose);
        for (var round = 0; round < Rounds; round++)
        {
            Report("InMemory IsGranted", 100 * sample.Length, () =>
            {
                for (var i = 0; i < 100; i++)
                    foreach (var id in sample)
                        if (memory.IsGranted(id, Subjects.Purpose))
                            Granted++;
            });
        }
    }

    /// <summary>
    /// The PostgreSQL ledger: batched look-ups of 1,024 ids per call (what the generated extensions send), and single
    /// look-ups. The server's own CPU is not in the process CPU figure, so wall time is the figure to read here.
    /// </summary>
    public static void RunPostgreSql()
    {
        var sample = Subjects.Sample(102_400, population: PostgresLedgerFixture.Count);
        var batches = sample.Chunk(1024).ToArray();
        using var ledger = PostgresLedgerFixture.OpenSeeded();
        for (var round = 0; round < Rounds; round++)
        {
            Report($"PostgreSql GetGrantedSubjects (1,024 per call, {PostgresLedgerFixture.Count:N0} subjects)", sample.Length, () =>
            {
                foreach (var batch in batches)
                    Granted += ledger.GetGrantedSubjects(batch, Subjects.Purpose).Count;
            });
            Report("PostgreSql IsGranted", 2_000, () =>
            {
                foreach (var id in sample.Take(2_000))
                    if (ledger.IsGranted(id, Subjects.Purpose))
                        Granted++;
            });
        }
    }

    /// <summary>One warm-up and five timed whole exports of 1M members over <paramref name="store"/>: wall and process CPU.</summary>
    public static void RunExport(ExportBenchmarks.Store store)
    {
        var export = new ExportBenchmarks { Provider = store };
        export.Setup();
        try
        {
            Granted += export.Export();
            for (var run = 0; run < 5; run++)
                Report($"Export of {Subjects.Count:N0} members via ForGenerativeTraining over {store}", Subjects.Count, () => Granted += export.Export());
        }
        finally
        {
            export.Cleanup();
        }
    }

    /// <summary>Where the answers go, so none is discarded (CG0007) and the JIT cannot drop the look-ups.</summary>
    public static long Granted;

    private static void Report(string name, int lookUps, Action work)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        work();
        wall.Stop();
        process.Refresh();
        var cpuMicros = (process.TotalProcessorTime - cpu).TotalMilliseconds * 1000 / lookUps;
        Console.WriteLine($"{name}: {cpuMicros:F3} us CPU, {wall.Elapsed.TotalMilliseconds * 1000 / lookUps:F3} us wall per subject");
    }
}
