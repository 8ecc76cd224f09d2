using System;
using System.Linq;
using ConsentGuard.Ledger.Tests.Stores;
using ConsentGuard.Sqlite.Tests.Infrastructure;

namespace ConsentGuard.Ledger.Tests.Conformance;

/// <summary>The register's contract (<see cref="ITrainingRunRegister"/>), run against each implementation.</summary>
public abstract class TrainingRunRegisterContract : IDisposable
{
    protected const string Gen = Purposes.GenerativeTraining;
    private ITrainingRunRegister? _register;

    protected TrainingRunRegisterContract(LedgerStore store) => Db = store;

    /// <summary>The store the register lives in (the in-memory register uses only its clock).</summary>
    protected LedgerStore Db { get; }

    protected ITrainingRunRegister Register => _register ??= Create();

    protected abstract ITrainingRunRegister Create();

    public virtual void Dispose()
    {
        (_register as IDisposable)?.Dispose();
        Db.Dispose();
    }

    [Fact]
    public void A_revocation_after_a_run_read_the_data_lists_the_run()
    {
        var run = Register.StartRun(Gen, "llm-2026-03");
        Register.RecordSubjects(run.RunId, new[] { "alice", "bob" });
        Register.CompleteRun(run.RunId);
        var revokedAt = Db.Clock.Advance(TimeSpan.FromDays(30));

        var affected = Register.GetRunsAffectedByRevocation("alice", Gen, revokedAt);

        Assert.Equal(new[] { run.RunId }, affected.Select(r => r.RunId));
        Assert.Equal("llm-2026-03", affected[0].Label);
        Assert.NotNull(affected[0].CompletedAt);
    }

    [Fact]
    public void Only_runs_of_the_revoked_purpose_that_read_the_subject_before_the_revocation_are_listed()
    {
        var before = Register.StartRun(Gen, "before");
        Register.RecordSubjects(before.RunId, new[] { "alice" });
        var otherPurpose = Register.StartRun(Purposes.ModelTraining, "moderation");
        Register.RecordSubjects(otherPurpose.RunId, new[] { "alice" });
        var withoutAlice = Register.StartRun(Gen, "without-alice");
        Register.RecordSubjects(withoutAlice.RunId, new[] { "bob" });
        var revokedAt = Db.Clock.Advance(TimeSpan.FromHours(1));
        Db.Clock.Advance(TimeSpan.FromHours(1));
        var after = Register.StartRun(Gen, "after");
        Register.RecordSubjects(after.RunId, new[] { "alice" });

        var affected = Register.GetRunsAffectedByRevocation("alice", Gen, revokedAt);

        Assert.Equal(new[] { "before" }, affected.Select(r => r.Label));
    }

    [Fact]
    public void A_use_at_the_very_instant_of_the_revocation_is_listed()
    {
        var run = Register.StartRun(Gen);
        var usedAt = Db.Clock.Advance(TimeSpan.FromMinutes(5));
        Register.RecordSubjects(run.RunId, new[] { "alice" });

        Assert.Single(Register.GetRunsAffectedByRevocation("alice", Gen, usedAt));
        Assert.Empty(Register.GetRunsAffectedByRevocation("alice", Gen, usedAt.AddTicks(-1)));
    }

    [Fact]
    public void A_subject_recorded_again_keeps_its_first_use()
    {
        var run = Register.StartRun(Gen);
        var firstUse = Db.Clock.UtcNow;
        Register.RecordSubjects(run.RunId, new[] { "alice" });
        Db.Clock.Advance(TimeSpan.FromHours(1));
        Register.RecordSubjects(run.RunId, new[] { "alice", "alice" });

        Assert.Single(Register.GetRunsAffectedByRevocation("alice", Gen, firstUse));
    }

    [Fact]
    public void Several_affected_runs_are_listed_oldest_first()
    {
        var first = Register.StartRun(Gen, "first");
        Register.RecordSubjects(first.RunId, new[] { "alice" });
        Db.Clock.Advance(TimeSpan.FromDays(1));
        var second = Register.StartRun(Gen, "second");
        Register.RecordSubjects(second.RunId, new[] { "alice" });

        var affected = Register.GetRunsAffectedByRevocation("alice", Gen, Db.Clock.Advance(TimeSpan.FromDays(1)));

        Assert.Equal(new[] { "first", "second" }, affected.Select(r => r.Label));
    }

    [Fact]
    public void A_completed_or_unknown_run_records_nothing()
    {
        var run = Register.StartRun(Gen);
        Register.CompleteRun(run.RunId);

        Assert.Throws<InvalidOperationException>(() => Register.RecordSubjects(run.RunId, new[] { "alice" }));
        Assert.Throws<InvalidOperationException>(() => Register.RecordSubjects("no-such-run", new[] { "alice" }));
        Assert.Throws<InvalidOperationException>(() => Register.CompleteRun("no-such-run"));
        Assert.Empty(Register.GetRunsAffectedByRevocation("alice", Gen, DateTimeOffset.MaxValue));
    }

    [Fact]
    public void Runs_are_found_by_id_with_their_times()
    {
        var run = Register.StartRun(Gen, "label");
        var completedAt = Db.Clock.Advance(TimeSpan.FromMinutes(3));
        Register.CompleteRun(run.RunId);

        var found = Register.FindRun(run.RunId);

        Assert.NotNull(found);
        Assert.Equal(Gen, found!.Purpose);
        Assert.Equal(ManualClock.Start, found.StartedAt);
        Assert.Equal(completedAt, found.CompletedAt);
        Assert.Null(Register.FindRun("no-such-run"));
    }
}

public sealed class InMemoryTrainingRunRegisterTests() : TrainingRunRegisterContract(new SqliteLedgerStore())
{
    protected override ITrainingRunRegister Create() => new InMemoryTrainingRunRegister(Db.Clock);
}

/// <summary>The register beside a ledger, in the same store: revocations matched against recorded uses, persistence, append-only records.</summary>
public abstract class LedgerTrainingRunRegisterConformance(LedgerStore store) : TrainingRunRegisterContract(store)
{
    protected override ITrainingRunRegister Create() => Db.OpenRegister();
    [Fact]
    public void Revocations_in_the_ledger_are_matched_against_the_runs_that_read_the_data()
    {
        using var ledger = Db.OpenLedger();
        var register = (ILedgerTrainingRunRegister)Register;
        ledger.Grant("alice", Gen, "signup", "v1");
        ledger.Grant("bob", Gen, "signup", "v1");
        var old = register.StartRun(Gen, "old");
        register.RecordSubjects(old.RunId, new[] { "alice", "bob" });
        Db.Clock.Advance(TimeSpan.FromDays(1));
        var earlierRevocation = ledger.Revoke("bob", Gen, "settings-page");
        var since = Db.Clock.Advance(TimeSpan.FromDays(1));
        var recent = register.StartRun(Gen, "recent");
        register.RecordSubjects(recent.RunId, new[] { "alice" });
        Db.Clock.Advance(TimeSpan.FromDays(1));
        var revocation = ledger.Revoke("alice", Gen, "settings-page");
        ledger.Revoke("carol", Gen, "settings-page"); // in no run

        var impacts = register.GetRevocationImpacts(since);

        Assert.Equal(new[] { "old", "recent" }, impacts.Select(i => i.Run.Label));
        Assert.All(impacts, i => Assert.Equal("alice", i.SubjectId));
        Assert.All(impacts, i => Assert.Equal(revocation.EventId, i.RevocationEventId));
        Assert.Equal(revocation.At, impacts[0].RevokedAt);
        Assert.Equal(ManualClock.Start, impacts[0].FirstUsedAt);
        Assert.Single(register.GetRevocationImpacts(earlierRevocation.At), i => i.SubjectId == "bob");
    }

    [Fact]
    public void The_register_survives_reopening_and_its_records_of_use_are_append_only()
    {
        var run = Register.StartRun(Gen, "persisted");
        Register.RecordSubjects(run.RunId, Enumerable.Range(0, 1200).Select(i => $"m{i}"));
        Register.CompleteRun(run.RunId);
        ((IDisposable)Register).Dispose();

        using var reopened = Db.OpenRegister();
        Assert.Equal(1200, reopened.CountSubjects(run.RunId));
        Assert.Single(reopened.GetRunsAffectedByRevocation("m1199", Gen, DateTimeOffset.MaxValue));

        Assert.Contains("append-only", Assert.ThrowsAny<System.Data.Common.DbException>(() => Db.Sql("DELETE FROM training_run_subjects;")).Message);
        Assert.Equal(1200, reopened.CountSubjects(run.RunId));
    }
}
