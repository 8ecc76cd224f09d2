using System;
using System.Linq;
using BenchmarkDotNet.Running;
using ConsentGuard.Runtime.Benchmarks;

// dotnet run -c Release --project bench/ConsentGuard.Runtime.Benchmarks -- seed
//     (re)writes the 1M-subject ledger and prints how long it took
// dotnet run -c Release --project bench/ConsentGuard.Runtime.Benchmarks -- probe
//     a quick check without BenchmarkDotNet: process CPU time per subject (less sensitive to a loaded machine than wall time)
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
BenchmarkSwitcher.FromAssembly(typeof(Subjects).Assembly).Run(args);
return 0;
