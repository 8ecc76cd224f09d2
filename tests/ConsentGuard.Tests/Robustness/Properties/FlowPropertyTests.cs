using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Tests.Infrastructure;
using CsCheck;
using Xunit.Abstractions;

namespace ConsentGuard.Tests.Robustness.Properties;

/// <summary>
/// Random programs from a small grammar of flows (<see cref="FlowGen"/>), each with the verdict SPEC §5 gives every sink
/// (<see cref="FlowRenderer"/>), checked against the analyzer. See docs/testing.md for the long run and for replaying a seed.
/// </summary>
public sealed class FlowPropertyTests(ITestOutputHelper output)
{
    /// <summary>The CI run: this many programs from this seed, always the same ones.</summary>
    private const int CiIterations = 150;
    private const string CiSeed = "1C0A5E17C0DE5EED0";

    /// <summary>Safety valve for an overloaded CI machine: stop checking new programs after this long (not with an explicit count).</summary>
    private static readonly TimeSpan CiTimeCap = TimeSpan.FromSeconds(50);

    /// <summary>Every this many programs also goes through Microsoft.CodeAnalysis.Testing.</summary>
    private const int VerifierEvery = 15;

    private static int? RequestedIterations =>
        int.TryParse(Environment.GetEnvironmentVariable("CONSENTGUARD_PROPERTY_ITERATIONS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    private static int Iterations => RequestedIterations ?? CiIterations;

    private static string Seed => Environment.GetEnvironmentVariable("CONSENTGUARD_PROPERTY_SEED") is { Length: > 0 } s ? s : CiSeed;

    /// <summary>Keep going after a disagreement and report every one (each minimized): for exploring, not for CI.</summary>
    private static bool AllFailures => Environment.GetEnvironmentVariable("CONSENTGUARD_PROPERTY_ALL") == "1";

    /// <summary>
    /// Steer generated programs around the shapes of the pending regressions (<see cref="PropertyRegressionTests.Pending"/>),
    /// or around every known one with CONSENTGUARD_PROPERTY_AVOID_KNOWN=1 (for exploring).
    /// </summary>
    private static readonly KnownDisagreements Known = new(Environment.GetEnvironmentVariable("CONSENTGUARD_PROPERTY_AVOID_KNOWN") == "1"
        ? KnownDisagreements.All
        : PropertyRegressionTests.Pending.Keys.ToHashSet());

    [Fact]
    public async Task Analyzer_verdicts_match_the_reference_semantics()
    {
        var clock = Stopwatch.StartNew();
        var pcg = PCG.Parse(Seed);
        var stats = new Dictionary<string, int>();
        var failures = new List<string>();
        var sinks = 0;
        var ambiguous = 0;
        var orderDependent = 0;
        var iterations = Iterations;
        var run = 0;
        for (var i = 0; i < iterations; i++, run++)
        {
            if (RequestedIterations is null && clock.Elapsed > CiTimeCap)
            {
                output.WriteLine($"time cap reached: checked {run} of {iterations} programs");
                break;
            }
            var seed = pcg.ToString();
            var program = FlowGen.Program.Generate(pcg, null, out _);
            program = Known.Avoid(program);
            var rendered = FlowRenderer.Render(program);
            sinks += rendered.Sinks;
            ambiguous += rendered.AmbiguousSinks;
            orderDependent += rendered.OrderDependentSinks;
            foreach (var e in rendered.Expected)
                stats[e.Id] = stats.GetValueOrDefault(e.Id) + 1;

            var disagreement = await FlowOracle.DisagreementAsync(rendered);
            if (disagreement is null && i % VerifierEvery != 0)
                continue;
            // Every VerifierEvery-th program (and any that disagrees) also goes through Microsoft.CodeAnalysis.Testing, which is
            // what every other analyzer test trusts.
            Exception? verifier = null;
            try { await FlowOracle.VerifyAsync(rendered); }
            catch (Exception ex) { verifier = ex; }
            if (disagreement is null && verifier is null)
                continue;
            if (disagreement is null)
                Assert.Fail($"the one-pass oracle agreed but the verifier did not (program {i}, seed {seed}):\n{verifier}\n{rendered.Markup}");

            failures.Add(await ReportAsync(i, seed, program, disagreement, verifier));
            if (!AllFailures)
            {
                run++;
                break;
            }
        }

        var seen = string.Join(", ", stats.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));
        output.WriteLine($"{run} programs from seed {Seed}, {sinks} sinks ({seen}, {sinks - stats.Values.Sum() - ambiguous - orderDependent} clean; not asserted: {ambiguous} open in SPEC, {orderDependent} order-dependent), {clock.Elapsed.TotalSeconds:F1} s; {Known}");
        Assert.True(failures.Count == 0, string.Join("\n\n==========\n\n", failures));
    }

    /// <summary>Shrinks with CsCheck from the failing seed, then structurally, and describes the minimal program.</summary>
    private async Task<string> ReportAsync(int index, string seed, FlowProgram program, string disagreement, Exception? verifier)
    {
        FlowProgram smallest = program;
        var gate = new object();
        try
        {
            // CsCheck replays the seed (the same program) and then looks for smaller failing ones for a bounded time.
            FlowGen.Program.Select(Known.Avoid).Sample(p =>
            {
                var r = FlowRenderer.Render(p);
                if (FlowOracle.DisagreementAsync(r).GetAwaiter().GetResult() is null)
                    return true;
                lock (gate)
                    if (FlowShrinker.Measure(p) < FlowShrinker.Measure(smallest))
                        smallest = p;
                return false;
            }, seed: seed, iter: 1_000_000, time: ShrinkSeconds / 3, threads: 1, print: p => FlowRenderer.Render(p).BodyMarkup);
        }
        catch (Exception)
        {
            // expected: CsCheck reports the failure it was given; the smallest one is in `smallest`
        }

        var minimal = await FlowShrinker.MinimizeAsync(smallest,
            async p => await FlowOracle.DisagreementAsync(FlowRenderer.Render(p)) is not null,
            TimeSpan.FromSeconds(ShrinkSeconds * 2 / 3));
        var rendered = FlowRenderer.Render(minimal);
        var minimalDisagreement = await FlowOracle.DisagreementAsync(rendered);
        var text = new StringBuilder()
            .AppendLine($"The analyzer disagrees with SPEC §5 on program {index} (replay: CONSENTGUARD_PROPERTY_SEED={seed} CONSENTGUARD_PROPERTY_ITERATIONS=1).")
            .AppendLine($"Minimal program (body of Exporter.Run; the domain is FlowRenderer.Prologue; {Known}), markup = what SPEC §5 requires:")
            .AppendLine(rendered.BodyMarkup)
            .AppendLine("Difference:")
            .AppendLine(minimalDisagreement)
            .AppendLine("Full minimal program:")
            .AppendLine(rendered.Markup)
            .AppendLine($"Original difference ({program.Size} statements): {disagreement}");
        if (verifier is not null)
            text.AppendLine("Verifier: " + verifier.Message.Split('\n').FirstOrDefault());
        output.WriteLine(text.ToString());
        return text.ToString();
    }

    private static int ShrinkSeconds =>
        int.TryParse(Environment.GetEnvironmentVariable("CONSENTGUARD_PROPERTY_SHRINK_SECONDS"), out var s) && s > 0 ? s : 60;
}
