using System;
using System.Linq;

namespace ConsentGuard.Runtime.Benchmarks;

/// <summary>The benchmark population: one million members, every other one consenting to generative training.</summary>
public static class Subjects
{
    public const int Count = 1_000_000;
    public const string Purpose = Purposes.GenerativeTraining;

    public static string Id(int i) => $"member-{i:D7}";

    public static bool Consents(int i) => i % 2 == 0;

    /// <summary>Jurisdictions cycle through the US, Germany and Canada, so the EEA exclusion drops a third.</summary>
    public static string Jurisdiction(int i) => (i % 3) switch { 0 => "US", 1 => "DE", _ => "CA" };

    /// <summary>A fixed random sample of ids to look up: the same every run, spread over the whole table (of <paramref name="population"/> subjects, <see cref="Count"/> by default).</summary>
    public static string[] Sample(int size, int seed = 42, int population = Count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, size).Select(_ => Id(random.Next(population))).ToArray();
    }
}
