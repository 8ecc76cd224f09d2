using System;
using System.Collections.Generic;
using System.Linq;
using ConsentGuard.Sqlite.Internal;
using ConsentGuard.Sqlite.Tests.Infrastructure;

namespace ConsentGuard.Sqlite.Tests;

public sealed class MigrationTests : IDisposable
{
    private const string Gen = Purposes.GenerativeTraining;
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_new_database_gets_every_step_once_in_order()
    {
        using (var ledger = SqliteConsentLedger.Open(_db.Options()))
            ledger.Grant("alice", Gen, "signup", "v1");
        using (var again = SqliteConsentLedger.Open(_db.Options()))
            Assert.True(again.IsGranted("alice", Gen));

        var versions = AppliedVersions();
        Assert.Equal(SchemaMigrations.All.Select(m => m.Version), versions.Select(v => v.Version));
        Assert.Equal(SchemaMigrations.All.Select(m => m.Description), versions.Select(v => v.Description));
        Assert.Single(_db.Log.Entries, e => e.Level == ConsentLogLevel.Information && e.Message.Contains("from schema version 0 to 5"));
    }

    [Fact]
    public void A_version_1_ledger_is_migrated_and_its_state_backfilled_from_the_events()
    {
        // A ledger as version 1 of the schema left it: events only, no state table, no register.
        using (var v1 = new SqliteConsentLedger(_db.Options(), schemaVersion: 1))
        {
            v1.Grant("alice", Gen, "signup", "v1");
            v1.Grant("bob", Gen, "signup", "v1");
            _db.Clock.Advance(TimeSpan.FromMinutes(1));
            v1.Revoke("bob", Gen, "settings-page");
            v1.Grant("carol", Purposes.Personalization, "signup", "v1");
            Assert.Equal(4, v1.CountEvents());
        }
        Assert.Equal(new[] { 1 }, AppliedVersions().Select(v => v.Version));

        using var ledger = SqliteConsentLedger.Open(_db.Options());

        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, AppliedVersions().Select(v => v.Version));
        Assert.True(ledger.IsGranted("alice", Gen));
        Assert.False(ledger.IsGranted("bob", Gen));
        Assert.True(ledger.IsGranted("carol", Purposes.Personalization));
        Assert.Equal(new[] { "alice" }, ledger.GetGrantedSubjects(new[] { "alice", "bob", "carol" }, Gen));
        var verification = ledger.VerifyCurrentState();
        Assert.True(verification.IsConsistent, string.Join("; ", verification.Mismatches));
        Assert.Equal(3, verification.PairCount);
        Assert.Contains(_db.Log.Entries, e => e.Message.Contains("from schema version 1 to 5"));
    }

    [Fact]
    public void A_version_2_database_gains_the_register_and_keeps_its_ledger()
    {
        using (var v2 = new SqliteConsentLedger(_db.Options(), schemaVersion: 2))
            v2.Grant("alice", Gen, "signup", "v1");

        using var register = new SqliteTrainingRunRegister(_db.Options());
        var run = register.StartRun(Gen, "llm-2026-02");
        register.RecordSubjects(run.RunId, new[] { "alice" });

        using var ledger = new SqliteConsentLedger(_db.Options());
        Assert.True(ledger.IsGranted("alice", Gen));
        Assert.Equal(1, register.CountSubjects(run.RunId));
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, AppliedVersions().Select(v => v.Version));
    }

    [Fact]
    public void Shipped_steps_are_numbered_one_by_one()
    {
        Assert.Equal(Enumerable.Range(1, SchemaMigrations.All.Count), SchemaMigrations.All.Select(m => m.Version));
        Assert.Equal(SchemaMigrations.All.Count, SchemaMigrations.LatestVersion);
    }

    private IReadOnlyList<(int Version, string Description)> AppliedVersions()
    {
        using var raw = _db.OpenRaw();
        using var command = raw.CreateCommand();
        command.CommandText = "SELECT version, description FROM schema_version ORDER BY version;";
        using var reader = command.ExecuteReader();
        var versions = new List<(int, string)>();
        while (reader.Read())
            versions.Add((reader.GetInt32(0), reader.GetString(1)));
        return versions;
    }
}
