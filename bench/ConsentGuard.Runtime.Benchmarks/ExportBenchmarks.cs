using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ConsentGuard.Sqlite;

namespace ConsentGuard.Runtime.Benchmarks;

/// <summary>
/// The sample's export at scale: one million members through the generated
/// <c>IEnumerable&lt;BenchMember&gt;.ForGenerativeTraining(provider)</c> (one <c>GetGrantedSubjects</c> per 1,024 rows),
/// every view consumed. One invocation is the whole export; the members are built once, so what is measured is
/// the extension, the provider and the views.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ExportBenchmarks
{
    public enum Store { InMemory, Sqlite, PolicyOverSqlite, PostgreSql, PolicyOverPostgreSql }

    /// <summary>
    /// The stores to export over: <c>CONSENTGUARD_BENCH_EXPORT_STORES</c> (names, comma-separated) if set; else all, without
    /// the PostgreSQL ones when <c>CONSENTGUARD_BENCH_POSTGRES</c> is unset.
    /// </summary>
    public static Store[] Stores()
    {
        var chosen = Environment.GetEnvironmentVariable("CONSENTGUARD_BENCH_EXPORT_STORES");
        if (!string.IsNullOrWhiteSpace(chosen))
            return chosen.Split(',').Select(name => Enum.Parse<Store>(name.Trim())).ToArray();
        return Environment.GetEnvironmentVariable("CONSENTGUARD_BENCH_POSTGRES") is null
            ? [Store.InMemory, Store.Sqlite, Store.PolicyOverSqlite]
            : [Store.InMemory, Store.Sqlite, Store.PolicyOverSqlite, Store.PostgreSql, Store.PolicyOverPostgreSql];
    }

    [ParamsSource(nameof(Stores))]
    public Store Provider { get; set; }

    private BenchMember[] _members = null!;
    private IConsentProvider _consent = null!;
    private IConsentLedger? _ledger;

    [GlobalSetup]
    public void Setup()
    {
        _members = Enumerable.Range(0, Subjects.Count)
            .Select(i => new BenchMember { Id = Subjects.Id(i), Headline = "Engineer in payments #" + i, Email = $"m{i}@example.org" })
            .ToArray();
        _consent = Provider switch
        {
            Store.InMemory => InMemory(),
            Store.Sqlite => _ledger = LedgerFixture.OpenSeeded(),
            Store.PolicyOverSqlite => Policy(_ledger = LedgerFixture.OpenSeeded()),
            // The 10M-subject ledger: the first million members are in it, with the same choices.
            Store.PostgreSql => _ledger = PostgresLedgerFixture.OpenSeeded(),
            _ => Policy(_ledger = PostgresLedgerFixture.OpenSeeded()),
        };
    }

    [GlobalCleanup]
    public void Cleanup() => _ledger?.Dispose();

    /// <summary>Exports every consented member's headline; returns the characters exported so nothing is optimized away.</summary>
    [Benchmark(Description = "Export 1M members via generated ForGenerativeTraining")]
    public long Export()
    {
        long characters = 0;
        foreach (var view in _members.ForGenerativeTraining(_consent))
            characters += view.Headline.Length;
        return characters;
    }

    private static InMemoryConsentProvider InMemory()
    {
        var provider = new InMemoryConsentProvider();
        for (var i = 0; i < Subjects.Count; i++)
            if (Subjects.Consents(i))
                provider.Grant(Subjects.Id(i), Subjects.Purpose);
        return provider;
    }

    private static PolicyConsentProvider Policy(IConsentLedger ledger)
    {
        var places = new InMemorySubjectJurisdictionProvider();
        for (var i = 0; i < Subjects.Count; i++)
            places.Set(Subjects.Id(i), Subjects.Jurisdiction(i));
        return new PolicyConsentProvider(ledger,
            ConsentPolicy.Default.ExcludeJurisdictions(Purposes.GenerativeTraining, Jurisdictions.EeaAndSwitzerland), places);
    }
}
