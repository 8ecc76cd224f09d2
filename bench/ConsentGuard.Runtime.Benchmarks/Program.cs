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
    using var ledger = LedgerFixture.OpenSeeded();
    var sample = Subjects.Sample(10_000);
    for (var round = 0; round < 3; round++)
    {
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < 20; i++)
            ledger.GetGrantedSubjects(sample, Subjects.Purpose);
        Console.WriteLine($"GetGrantedSubjects: {(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds * 1000 / 200_000:F2} us CPU/subject");
        cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var id in sample)
            ledger.IsGranted(id, Subjects.Purpose);
        Console.WriteLine($"IsGranted: {(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds * 1000 / sample.Length:F2} us CPU/look-up");
    }
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(Subjects).Assembly).Run(args);
return 0;
