using System;
using ConsentGuard.Sqlite.Tests.Infrastructure;

namespace ConsentGuard.Sqlite.Tests.LegalBasis;

/// <summary>
/// The SQLite schema's own step for objections. "Which runs already used this member before the objection" is in the
/// conformance suite (tests/ConsentGuard.Ledger.Tests, ObjectionConformance), run on SQLite and PostgreSQL.
/// </summary>
public sealed class ObjectionSchemaTests : IDisposable
{
    private const string Feed = Purposes.Personalization;
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_version_4_database_gains_the_objection_ledger_and_keeps_its_events()
    {
        using (var old = new SqliteConsentLedger(_db.Options(), schemaVersion: 4))
            old.Grant("ana", Purposes.GenerativeTraining, "signup", "v1");

        using var ledger = SqliteConsentLedger.Open(_db.Options());
        ledger.RecordNotice("ana", Feed, "notice-email");

        Assert.True(ledger.IsGranted("ana", Purposes.GenerativeTraining));
        Assert.Equal(ObjectionEventKind.Notice, Assert.Single(ledger.GetObjectionHistory("ana")).Kind);
    }
}
