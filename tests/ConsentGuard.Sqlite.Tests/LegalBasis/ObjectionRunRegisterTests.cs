using System;
using System.Linq;
using ConsentGuard.Sqlite.Tests.Infrastructure;

namespace ConsentGuard.Sqlite.Tests.LegalBasis;

/// <summary>The training-run register answers "which runs already used this member before the objection", as it does for revocations.</summary>
public sealed class ObjectionRunRegisterTests : IDisposable
{
    private const string Feed = Purposes.Personalization;
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Runs_that_used_the_member_up_to_the_instant_of_the_objection_are_listed_and_later_ones_are_not()
    {
        using var ledger = SqliteConsentLedger.Open(_db.Options());
        using var register = new SqliteTrainingRunRegister(_db.Options());
        ledger.RecordNotices(new[] { "ana", "joe" }, Feed, "notice-email");
        _db.Clock.Advance(TimeSpan.FromDays(1));

        var early = register.StartRun(Feed, "ranker-v1");
        register.RecordSubjects(early.RunId, new[] { "ana", "joe" });
        _db.Clock.Advance(TimeSpan.FromHours(1));
        var atTheInstant = register.StartRun(Feed, "ranker-v2");
        register.RecordSubjects(atTheInstant.RunId, new[] { "ana" });
        var otherPurpose = register.StartRun(Purposes.GenerativeTraining, "llm");
        register.RecordSubjects(otherPurpose.RunId, new[] { "ana" });
        var objection = ledger.Object("ana", Feed, "settings-page");
        _db.Clock.Advance(TimeSpan.FromTicks(1));
        var after = register.StartRun(Feed, "ranker-v3");
        register.RecordSubjects(after.RunId, new[] { "ana" });

        Assert.Equal(new[] { early.RunId, atTheInstant.RunId }, register.GetRunsAffectedByObjection("ana", Feed).Select(r => r.RunId));
        Assert.Empty(register.GetRunsAffectedByObjection("joe", Feed));
        Assert.Equal(register.GetRunsAffectedByObjection("ana", Feed).Select(r => r.RunId),
            register.GetRunsAffectedByRevocation("ana", Feed, objection.At).Select(r => r.RunId));

        var impacts = register.GetObjectionImpacts(objection.At);
        Assert.Equal(new[] { early.RunId, atTheInstant.RunId }, impacts.Select(i => i.Run.RunId));
        Assert.All(impacts, i => Assert.Equal(("ana", objection.EventId, objection.At), (i.SubjectId, i.RevocationEventId, i.RevokedAt)));
        Assert.Empty(register.GetObjectionImpacts(objection.At.AddTicks(1)));
    }

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
