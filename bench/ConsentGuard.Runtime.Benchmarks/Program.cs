using System;
using System.Linq;
using BenchmarkDotNet.Running;
using ConsentGuard.Runtime.Benchmarks;

// dotnet run -c Release --project bench/ConsentGuard.Runtime.Benchmarks -- seed
//     (re)writes the 1M-subject ledger and prints how long it took
// dotnet run -c Release --project bench/ConsentGuard.Runtime.Benchmarks -- probe
//     a quick check without BenchmarkDotNet: process CPU time per subject (less sensitive to a loaded machine than wall time)
// CONSENTGUARD_BENCH_POSTGRES=... dotnet run -c Release --project bench/ConsentGuard.Runtime.Benchmarks -- pg-seed | pg-probe
//     the same two for the PostgreSQL ledger (10M subjects, COPY import)
// dotnet run -c Release --project bench/ConsentGuard.Runtime.Benchmarks -- export-probe PostgreSql PolicyOverPostgreSql
//     the 1M-member export, timed in process (one warm-up, five runs) per store
// dotnet run -c Release --project bench/ConsentGuard.Runtime.Benchmarks -- [BenchmarkDotNet arguments]
//     e.g. --filter '*' --job short
if (args.FirstOrDefault() == "seed")
{
    LedgerFixture.Seed();
    return 0;
}
if (args.FirstOrDefault() == "probe")
{
    Probe.Run();
    return 0;
}
if (args.FirstOrDefault() == "pg-seed")
{
    PostgresLedgerFixture.Seed();
    return 0;
}
if (args.FirstOrDefault() == "pg-probe")
{
    Probe.RunPostgreSql();
    return 0;
}
if (args.FirstOrDefault() == "export-probe")
{
    // The export benchmark without BenchmarkDotNet's per-job build (which times out on a loaded machine): one warm-up
    // and five timed exports per store named after it (ExportBenchmarks.Store), in this process.
    foreach (var name in args.Skip(1))
        Probe.RunExport(Enum.Parse<ExportBenchmarks.Store>(name));
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(Subjects).Assembly).Run(args);
return 0;
