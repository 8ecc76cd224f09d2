using System.Linq;
using BenchmarkDotNet.Attributes;
using ConsentGuard.Sqlite;

namespace ConsentGuard.Runtime.Benchmarks;

/// <summary>
/// Look-ups against the SQLite ledger with one million subjects (seeded once, see
/// <see cref="LedgerFixture"/>). Figures are per subject looked up.
/// </summary>
[MemoryDiagnoser]
public class SqliteLookupBenchmarks
{
    private const int BatchLookups = 10_000; // 20 chunks of 500
    private const int SingleLookups = 1_000;
    private SqliteConsentLedger _ledger = null!;
    private PolicyConsentProvider _policy = null!;
    private string[] _batch = null!;
    private string[] _single = null!;

    [GlobalSetup]
    public void Setup()
    {
        _ledger = LedgerFixture.OpenSeeded();
        var places = new InMemorySubjectJurisdictionProvider();
        for (var i = 0; i < Subjects.Count; i++)
            places.Set(Subjects.Id(i), Subjects.Jurisdiction(i));
        _policy = new PolicyConsentProvider(_ledger,
            ConsentPolicy.Default.ExcludeJurisdictions(Purposes.GenerativeTraining, Jurisdictions.EeaAndSwitzerland), places);
        _batch = Subjects.Sample(BatchLookups);
        _single = _batch.Take(SingleLookups).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _ledger.Dispose();

    [Benchmark(OperationsPerInvoke = BatchLookups, Description = "Sqlite GetGrantedSubjects(10k, chunks of 500)")]
    public int GetGrantedSubjects() => _ledger.GetGrantedSubjects(_batch, Subjects.Purpose).Count;

    [Benchmark(OperationsPerInvoke = SingleLookups, Description = "Sqlite IsGranted")]
    public int IsGranted()
    {
        var granted = 0;
        foreach (var id in _single)
            if (_ledger.IsGranted(id, Subjects.Purpose))
                granted++;
        return granted;
    }

    [Benchmark(OperationsPerInvoke = BatchLookups, Description = "Policy(EEA+CH) over Sqlite GetGrantedSubjects(10k)")]
    public int PolicyGetGrantedSubjects() => _policy.GetGrantedSubjects(_batch, Subjects.Purpose).Count;
}
