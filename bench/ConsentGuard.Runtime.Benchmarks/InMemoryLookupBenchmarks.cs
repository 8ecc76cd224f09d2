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
    private string[] _batch = null!;

    [GlobalSetup]
    public void Setup()
    {
        _provider = new InMemoryConsentProvider();
        for (var i = 0; i < Subjects.Count; i++)
            if (Subjects.Consents(i))
                _provider.Grant(Subjects.Id(i), Subjects.Purpose);
        _sample = Subjects.Sample(Lookups);
        _batch = _sample.Take(Batch).ToArray();
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

    [Benchmark(OperationsPerInvoke = Batch, Description = "InMemory GetGrantedSubjects(500)")]
    public int GetGrantedSubjects() => _provider.GetGrantedSubjects(_batch, Subjects.Purpose).Count;
}
