using System;
using System.Linq;
using ConsentGuard.Benchmarks;

// bench entry point: `dotnet run -c Release --project bench/ConsentGuard.Benchmarks -- <command>`
//   analyze [--files N] [--seed S]   in-memory compile + analyze a synthetic code base, with and without summaries
//   synth DIR [--files N] [--seed S] write a synthetic project to DIR (for full `dotnet build` measurements)
var command = args.FirstOrDefault() ?? "analyze";
int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
}

switch (command)
{
    case "analyze":
        return SummaryCostBenchmark.Run(Option("--files", 2000), Option("--seed", 42), Option("--repeat", 3));
    case "synth":
        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: synth DIR [--files N] [--seed S]");
            return 2;
        }
        return SyntheticProject.Write(args[1], Option("--files", 200), Option("--seed", 42));
    default:
        Console.Error.WriteLine($"unknown command '{command}': use analyze or synth");
        return 2;
}
