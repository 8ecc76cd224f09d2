using System;
using ConsentGuard.Sqlite.Tests.Infrastructure;

namespace ConsentGuard.Sqlite.Tests.LegalBasis;

/// <summary>The two objection registers every semantics test runs on: in memory and the SQLite ledger, on one manual clock.</summary>
public sealed class ObjectionRegisters : IDisposable
{
    public static readonly string[] Names = ["in-memory", "sqlite"];

    private readonly TempDatabase _db = new();
    private readonly InMemoryObjectionRegister? _memory;
    private readonly SqliteConsentLedger? _ledger;

    public ObjectionRegisters(string name)
    {
        if (name == "sqlite")
            Register = _ledger = SqliteConsentLedger.Open(_db.Options());
        else
            Register = _memory = new InMemoryObjectionRegister(_db.Clock);
    }

    public ManualClock Clock => _db.Clock;
    public IObjectionRegister Register { get; }

    public void Notify(string subjectId, string purpose)
    {
        if (_ledger is not null)
            _ledger.RecordNotice(subjectId, purpose, "notice-email");
        else
            _memory!.RecordNotice(subjectId, purpose);
    }

    public void Object(string subjectId, string purpose)
    {
        if (_ledger is not null)
            _ledger.Object(subjectId, purpose, "settings-page");
        else
            _memory!.Object(subjectId, purpose);
    }

    public void Dispose()
    {
        _ledger?.Dispose();
        _db.Dispose();
    }
}
