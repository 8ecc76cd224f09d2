using System.Linq;
using BenchmarkDotNet.Attributes;
using ConsentGuard.PostgreSql;

namespace ConsentGuard.Runtime.Benchmarks;

/// <summary>
/// Look-ups against the PostgreSQL ledger with <see cref="PostgresLedgerFixture.Count"/> subjects (ten million), seeded
/// once. Figures are per subject looked up. The batch is what the generated extensions do: 1,024 ids per call.
/// </summary>
[MemoryDiagnoser]
public class PostgreSqlLookupBenchmarks
{
    private const int BatchLookups = 10_240; // 10 calls of 1,024, as the generated For{P} extensions ask
    private const int SingleLookups = 1_000;
    private PostgreSqlConsentLedger _ledger = null!;
    private string[][] _batches = null!;
    private string[] _single = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ledger = PostgresLedgerFixture.OpenSeeded();
        var sample = Subjects.Sample(BatchLookups, population: PostgresLedgerFixture.Count);
        _batches = sample.Chunk(1024).ToArray();
        _single = sample.Take(SingleLookups).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _ledger.Dispose();

    [Benchmark(OperationsPerInvoke = BatchLookups, Description = "PostgreSql GetGrantedSubjects(1,024 per call)")]
    public int GetGrantedSubjects()
    {
        var granted = 0;
        foreach (var batch in _batches)
            granted += _ledger.GetGrantedSubjects(batch, Subjects.Purpose).Count;
        return granted;
    }

    [Benchmark(OperationsPerInvoke = SingleLookups, Description = "PostgreSql IsGranted")]
    public int IsGranted()
    {
        var granted = 0;
        foreach (var id in _single)
            if (_ledger.IsGranted(id, Subjects.Purpose))
                granted++;
        return granted;
    }
}
