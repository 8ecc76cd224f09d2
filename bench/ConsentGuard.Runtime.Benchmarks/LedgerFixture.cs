using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ConsentGuard.Sqlite;

namespace ConsentGuard.Runtime.Benchmarks;

/// <summary>
/// The one-million-subject ledger, seeded once and reused by every benchmark process: BenchmarkDotNet
/// starts a process per benchmark, and seeding is not what is measured.
/// </summary>
public static class LedgerFixture
{
    public static string DatabasePath { get; } =
        Environment.GetEnvironmentVariable("CONSENTGUARD_BENCH_DB")
        ?? Path.Combine(Path.GetTempPath(), "consentguard-bench", "ledger-1m.db");

    public static SqliteConsentLedger OpenSeeded()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        var ledger = SqliteConsentLedger.Open(new SqliteConsentStoreOptions(DatabasePath));
        if (ledger.CountEvents() != Subjects.Count)
        {
            ledger.Dispose();
            Seed();
            ledger = SqliteConsentLedger.Open(new SqliteConsentStoreOptions(DatabasePath));
        }
        return ledger;
    }

    /// <summary>Writes a fresh ledger: one grant or revoke per subject, in one transaction with one prepared statement.</summary>
    public static TimeSpan Seed()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(DatabasePath + suffix);
        var watch = Stopwatch.StartNew();
        using var ledger = SqliteConsentLedger.Open(new SqliteConsentStoreOptions(DatabasePath));
        ledger.Append(Enumerable.Range(0, Subjects.Count).Select(i => Subjects.Consents(i)
            ? ConsentChange.Grant(Subjects.Id(i), Subjects.Purpose, "bench-seed", "v1")
            : ConsentChange.Revoke(Subjects.Id(i), Subjects.Purpose, "bench-seed")));
        watch.Stop();
        Console.WriteLine($"// seeded {Subjects.Count:N0} subjects into {DatabasePath} in {watch.Elapsed.TotalSeconds:F1} s");
        return watch.Elapsed;
    }
}
