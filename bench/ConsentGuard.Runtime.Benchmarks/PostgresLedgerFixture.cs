using System;
using System.Diagnostics;
using System.Linq;
using ConsentGuard.PostgreSql;

namespace ConsentGuard.Runtime.Benchmarks;

/// <summary>
/// The PostgreSQL ledger the benchmarks read: <see cref="Count"/> subjects (ten million unless
/// <c>CONSENTGUARD_BENCH_PG_SUBJECTS</c> says otherwise) in schema <c>bench</c> of the server
/// <c>CONSENTGUARD_BENCH_POSTGRES</c> names, seeded once with the ledger's COPY import and reused by every benchmark
/// process (see bench/RUNTIME-RESULTS.md for starting a server).
/// </summary>
public static class PostgresLedgerFixture
{
    public static int Count { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("CONSENTGUARD_BENCH_PG_SUBJECTS"), out var n) && n > 0 ? n : 10_000_000;

    public static PostgreSqlConsentStoreOptions Options()
    {
        var connection = Environment.GetEnvironmentVariable("CONSENTGUARD_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("Set CONSENTGUARD_BENCH_POSTGRES to the connection string of the benchmark server (see bench/RUNTIME-RESULTS.md).");
        return new PostgreSqlConsentStoreOptions(connection) { Schema = "bench", CommandTimeout = TimeSpan.FromSeconds(60) };
    }

    public static PostgreSqlConsentLedger OpenSeeded()
    {
        var ledger = PostgreSqlConsentLedger.Open(Options());
        if (ledger.CountEvents() != Count)
        {
            ledger.Dispose();
            Seed();
            ledger = PostgreSqlConsentLedger.Open(Options());
        }
        return ledger;
    }

    /// <summary>Writes a fresh ledger (the schema is dropped first): one grant or revoke per subject, in one COPY import.</summary>
    public static TimeSpan Seed()
    {
        using (var connection = new Npgsql.NpgsqlConnection(Options().ConnectionString))
        {
            connection.Open();
            using var drop = new Npgsql.NpgsqlCommand("DROP SCHEMA IF EXISTS bench CASCADE;", connection);
            drop.ExecuteNonQuery();
        }
        var watch = Stopwatch.StartNew();
        using var ledger = PostgreSqlConsentLedger.Open(Options());
        ledger.Import(Enumerable.Range(0, Count).Select(i => Subjects.Consents(i)
            ? ConsentChange.Grant(Subjects.Id(i), Subjects.Purpose, "bench-seed", "v1")
            : ConsentChange.Revoke(Subjects.Id(i), Subjects.Purpose, "bench-seed")));
        watch.Stop();
        Console.WriteLine($"// seeded {Count:N0} subjects into PostgreSQL schema 'bench' in {watch.Elapsed.TotalSeconds:F1} s");
        return watch.Elapsed;
    }
}
