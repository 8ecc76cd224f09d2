using System.Linq;
using BenchmarkDotNet.Attributes;

namespace ConsentGuard.Runtime.Benchmarks;

/// <summary>Look-ups against <see cref="InMemoryConsentProvider"/> holding one million subjects. Figures are per subject.</summary>
[MemoryDiagnoser]
public class InMemoryLookupBenchmarks
{
    private const int Lookups = 10_000;
    private const int Batch = 500;
    private InMemoryConsentProvider _provider = null!;
    private string[] _sample = null!;
    private string[][] _batches = null!;

    [GlobalSetup]
    public void Setup()
    {
        _provider = new InMemoryConsentProvider();
        for (var i = 0; i < Subjects.Count; i++)
            if (Subjects.Consents(i))
                _provider.Grant(Subjects.Id(i), Subjects.Purpose);
        _sample = Subjects.Sample(Lookups);
        _batches = _sample.Chunk(Batch).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Lookups, Description = "InMemory IsGranted")]
    public int IsGranted()
    {
        var granted = 0;
        foreach (var id in _sample)
            if (_provider.IsGranted(id, Subjects.Purpose))
                granted++;
        return granted;
    }

    /// <summary>The same 10k ids as the SQLite batch benchmark, in 20 calls of 500.</summary>
    [Benchmark(OperationsPerInvoke = Lookups, Description = "InMemory GetGrantedSubjects(10k, calls of 500)")]
    public int GetGrantedSubjects()
    {
        var granted = 0;
        foreach (var batch in _batches)
            granted += _provider.GetGrantedSubjects(batch, Subjects.Purpose).Count;
        return granted;
    }
}
