using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using ConsentGuard.Benchmarks;
using ConsentGuard.Benchmarks.Build;
using ConsentGuard.Benchmarks.Micro;

// bench entry point: `dotnet run -c Release --project bench/ConsentGuard.Benchmarks -- <command>` (see bench/README.md)
//   build-matrix [--sizes 200,2000,10000] [--repeat 2] [--seed S] [--out DIR] [--quick] [--retabulate]
//                                    dotnet build of synthetic projects: compiler alone, with ConsentGuard, with the peer
//   micro [BenchmarkDotNet args]     IDE-style micro-benchmarks (e.g. --filter '*' --job short, or --job dry)
//   ide-cost [--rounds 200] [--warmup 20] [--context 200] [--case Typical]
//                                    ConsentGuard's own time per keystroke in one method, from the driver's telemetry
//   analyze [--files N] [--seed S] [--repeat R] [--sequential]   in-memory compile + analyze a synthetic code base, with and without summaries
//   synth DIR [--files N] [--seed S] write a synthetic project to DIR
//   real --src DIR [--define A;B] [--config ConsentGuard.txt] [--repeat 3] [--no-peer] [--implicit-usings]
//                                    real code in one compilation: binding, ConsentGuard's analyzers, CA3001–CA3012
//   generator-cost [--files 2000,10000] [--seed S] [--repeat R]
//                                    cold in-process runs of the accessor generator next to do-nothing and one-piece generators
const string Usage = "usage: build-matrix [--sizes 200,2000,10000] [--repeat 2] [--seed 42] [--out DIR] [--quick] [--retabulate] | micro [BenchmarkDotNet args] | ide-cost [--rounds 200] [--warmup 20] [--context 200] [--case Typical] | analyze [--files N] [--seed S] [--repeat R] [--sequential] | synth DIR [--files N] [--seed S] | generator-cost [--files 2000,10000] [--seed S] [--repeat 5] | real --src DIR [--define A;B] [--config ConsentGuard.txt] [--repeat 3] [--no-peer] [--implicit-usings]";
var command = args.FirstOrDefault() ?? "analyze";
string? Text(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
int Option(string name, int fallback) => int.TryParse(Text(name), out var value) ? value : fallback;

try
{
    switch (command)
    {
        case "build-matrix":
            var quick = args.Contains("--quick");
            var sizes = (Text("--sizes") ?? (quick ? "20" : "200,2000,10000")).Split(',').Select(s => int.TryParse(s, out var n) && n > 0 ? n : 0).ToArray();
            if (sizes.Any(n => n == 0))
            {
                Console.Error.WriteLine($"--sizes takes positive whole numbers separated by commas, e.g. 200,2000,10000\n{Usage}");
                return 2;
            }
            var output = Text("--out") ?? Path.Combine(Path.GetTempPath(), "consentguard-bench");
            return BuildMatrix.Run(new BuildMatrix.Options(sizes, Math.Max(1, Option("--repeat", quick ? 1 : 2)), Option("--seed", 42), Path.GetFullPath(output), WarmUp: !quick, Retabulate: args.Contains("--retabulate")));
        case "micro":
            // In process by default: BenchmarkDotNet's generated project would rebuild the whole repository per run
            // (minutes on a loaded machine, past its build timeout); --inProcess false|--runtimes restores that.
            var micro = args.Skip(1).ToList();
            if (!micro.Any(a => a is "--inProcess" or "-i" or "--runtimes" or "-r"))
                micro.Add("--inProcess");
            BenchmarkSwitcher.FromAssembly(typeof(IdeAnalysisBenchmarks).Assembly).Run(micro.ToArray());
            return 0;
        case "ide-cost":
            return IdeOwnCost.Run(new IdeOwnCost.Options(Math.Max(1, Option("--rounds", 200)), Math.Max(0, Option("--warmup", 20)), Math.Max(1, Option("--context", 200)), Text("--case")));
        case "analyze":
            return SummaryCostBenchmark.Run(Option("--files", 2000), Option("--seed", 42), Option("--repeat", 3), Sequential: args.Contains("--sequential"));
        case "generator-cost":
            var costSizes = (Text("--files") ?? "2000,10000").Split(',').Select(s => int.TryParse(s, out var n) && n > 0 ? n : 0).ToArray();
            if (costSizes.Any(n => n == 0))
            {
                Console.Error.WriteLine($"--files takes positive whole numbers separated by commas, e.g. 2000,10000\n{Usage}");
                return 2;
            }
            return GeneratorCost.Run(costSizes, Option("--seed", 42), Math.Max(1, Option("--repeat", 5)));
        case "real":
            if (Text("--src") is not { } source)
            {
                Console.Error.WriteLine($"real needs --src DIR\n{Usage}");
                return 2;
            }
            var defines = (Text("--define") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return RealCode.Run(new RealCode.Options(source, defines, Text("--config"), Math.Max(1, Option("--repeat", 3)), SkipPeer: args.Contains("--no-peer"), ImplicitUsings: args.Contains("--implicit-usings")));
        case "synth":
            if (args.Length < 2 || args[1].StartsWith('-'))
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }
            return SyntheticProject.Write(args[1], Option("--files", 200), Option("--seed", 42));
        default:
            Console.Error.WriteLine($"unknown command '{command}'\n{Usage}");
            return 2;
    }
}
catch (BuildFailedException failure)
{
    Console.Error.WriteLine(failure.Message);
    return 1;
}
