using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard.Sqlite.Tests.Infrastructure;
using ConsentGuard.Tests.Shared.Faults;

namespace ConsentGuard.Sqlite.Tests.Faults;

/// <summary>
/// The providers a fault is injected under (in memory, the SQLite ledger), each holding consent for
/// <see cref="Granted"/> subjects, so that every "not granted" below comes from failing closed, not from missing consent.
/// </summary>
public sealed class FaultInner : IDisposable
{
    public const string Purpose = Purposes.GenerativeTraining;
    public static readonly string[] Granted = ["joe", "ana"];
    public static readonly string[] Names = ["in-memory", "sqlite"];

    private readonly TempDatabase? _db;
    private readonly SqliteConsentLedger? _ledger;

    public FaultInner(string name)
    {
        switch (name)
        {
            case "in-memory":
                var memory = new InMemoryConsentProvider();
                foreach (var id in Granted)
                    memory.Grant(id, Purpose);
                Provider = memory;
                break;
            case "sqlite":
                _db = new TempDatabase();
                _ledger = SqliteConsentLedger.Open(_db.Options());
                foreach (var id in Granted)
                    _ledger.Grant(id, Purpose, "signup", "v1");
                Provider = _ledger;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, null);
        }
    }

    public IConsentProvider Provider { get; }

    /// <summary>Errors the inner provider itself logged (the ledger's own log): none is expected, the fault is above it.</summary>
    public IReadOnlyList<LogEntry> OwnErrors => _db?.Log.Errors ?? [];

    public void Dispose()
    {
        _ledger?.Dispose();
        _db?.Dispose();
    }
}

/// <summary>
/// One consumer of a (faulty) provider: a policy wrapper's entry point or <see cref="ConsentBatch"/>. Each asks about
/// one granted subject and says whether it came out granted.
/// </summary>
public sealed record FaultConsumer(string Name, ProviderMember Uses, bool LogsFailures, Func<IConsentProvider, IConsentLog, CancellationToken, Task<bool>> Ask)
{
    private const string Subject = "joe"; // granted by the inner provider, jurisdiction US (allowed by the EEA exclusion)

    private static readonly ConsentPolicy NoTrainingInEurope = ConsentPolicy.Default.ExcludeJurisdictions(FaultInner.Purpose, Jurisdictions.EeaAndSwitzerland);

    private static InMemorySubjectJurisdictionProvider Places()
    {
        var places = new InMemorySubjectJurisdictionProvider();
        places.Set("joe", "US");
        places.Set("ana", "US-CA");
        return places;
    }

    private static PolicyConsentProvider Default(IConsentProvider inner, IConsentLog log) => new(inner, ConsentPolicy.Default, log: log);

    private static PolicyConsentProvider Excluding(IConsentProvider inner, IConsentLog log) => new(inner, NoTrainingInEurope, Places(), log);

    public static IReadOnlyList<FaultConsumer> All { get; } =
    [
        new("policy(default).IsGranted", ProviderMember.IsGranted, true, (p, log, _) => Task.FromResult(Default(p, log).IsGranted(Subject, FaultInner.Purpose))),
        new("policy(default).IsGrantedAsync", ProviderMember.IsGrantedAsync, true, async (p, log, ct) => await Default(p, log).IsGrantedAsync(Subject, FaultInner.Purpose, ct)),
        new("policy(default).GetGrantedSubjects", ProviderMember.GetGrantedSubjects, true, (p, log, _) => Task.FromResult(Default(p, log).GetGrantedSubjects([Subject, "stranger"], FaultInner.Purpose).Contains(Subject))),
        new("policy(default).Evaluate", ProviderMember.IsGranted, true, (p, log, _) => Task.FromResult(Default(p, log).Evaluate(Subject, FaultInner.Purpose) == PolicyDecision.Granted)),
        new("policy(default).EvaluateAsync", ProviderMember.IsGrantedAsync, true, async (p, log, ct) => await Default(p, log).EvaluateAsync(Subject, FaultInner.Purpose, ct) == PolicyDecision.Granted),
        new("policy(default).EvaluateMany", ProviderMember.GetGrantedSubjects, true, (p, log, _) => Task.FromResult(Default(p, log).EvaluateMany([Subject], FaultInner.Purpose)[Subject] == PolicyDecision.Granted)),
        new("policy(EEA+CH excluded).IsGranted", ProviderMember.IsGranted, true, (p, log, _) => Task.FromResult(Excluding(p, log).IsGranted(Subject, FaultInner.Purpose))),
        new("policy(EEA+CH excluded).IsGrantedAsync", ProviderMember.IsGrantedAsync, true, async (p, log, ct) => await Excluding(p, log).IsGrantedAsync(Subject, FaultInner.Purpose, ct)),
        new("policy(EEA+CH excluded).GetGrantedSubjects", ProviderMember.GetGrantedSubjects, true, (p, log, _) => Task.FromResult(Excluding(p, log).GetGrantedSubjects([Subject, "ana"], FaultInner.Purpose).Contains(Subject))),
        new("ConsentBatch.Answer", ProviderMember.GetGrantedSubjects, false, (p, _, _) => Task.FromResult(Batch(p, Subject))),
        new("ConsentBatch over policy(EEA+CH excluded)", ProviderMember.GetGrantedSubjects, true, (p, log, _) => Task.FromResult(Batch(Excluding(p, log), Subject))),
    ];

    public static FaultConsumer Named(string name) => All.Single(c => c.Name == name);

    /// <summary>Streams rows through <see cref="ConsentBatch"/> with an accessor shaped like a generated one; true when the subject's row comes out.</summary>
    public static bool Batch(IConsentProvider consent, string subject)
    {
        var rows = new[] { subject, "stranger", "" };
        return ConsentBatch.Answer(rows, consent, FaultInner.Purpose, Accessor)
            .Where(entry => Accessor(entry.Item, entry.Consent) is not null)
            .Any(entry => entry.Item == subject);
    }

    /// <summary>As generated: asks once, returns data only on a grant, and turns a provider's exception into "no data".</summary>
    public static object? Accessor(string row, IConsentProvider provider)
    {
        if (row.Length == 0)
            return null;
        try
        {
            return provider.IsGranted(row, FaultInner.Purpose) ? row : null;
        }
        catch (Exception)
        {
            return null;
        }
    }

    public override string ToString() => Name;
}
