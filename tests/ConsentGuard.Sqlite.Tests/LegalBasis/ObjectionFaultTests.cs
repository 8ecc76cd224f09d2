using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConsentGuard.Sqlite.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ConsentGuard.Sqlite.Tests.LegalBasis;

/// <summary>
/// Faults under a legitimate-interest purpose, as <see cref="FailClosedTests"/> and the ledger fault tests do for consent:
/// a failing objection look-up means "not granted" (<see cref="PolicyDecision.Error"/>, logged), never "nobody objected";
/// a failed notice or objection throws to whoever recorded it; rows written around the ledger err towards not processing.
/// </summary>
public sealed class ObjectionFaultTests : IDisposable
{
    private const string Feed = Purposes.Personalization;
    private static readonly ConsentPolicy Policy = ConsentPolicy.Default.WithLegitimateInterest(Feed, "LIA-2025-07", new DateTime(2026, 1, 1));
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private PolicyConsentProvider Provider(IObjectionRegister register, ConsentPolicy? policy = null, ISubjectJurisdictionProvider? places = null, IConsentProvider? consent = null) =>
        new(consent ?? new InMemoryConsentProvider(), policy ?? Policy, places, _db.Log, register, _db.Clock);

    private SqliteConsentLedger NotifiedLedger(params string[] ids)
    {
        var ledger = SqliteConsentLedger.Open(_db.Options(busyTimeout: TimeSpan.FromMilliseconds(100)));
        ledger.RecordNotices(ids, Feed, "notice-email");
        _db.Clock.Advance(TimeSpan.FromDays(1));
        return ledger;
    }

    [Fact]
    public void A_disposed_ledger_answers_error_for_every_subject_and_refuses_notices_and_objections()
    {
        var ledger = NotifiedLedger("ana", "joe");
        var provider = Provider(ledger);
        Assert.Equal(PolicyDecision.Granted, provider.Evaluate("ana", Feed));

        ledger.Dispose();

        Assert.Equal(PolicyDecision.Error, provider.Evaluate("ana", Feed));
        Assert.False(provider.IsGranted("ana", Feed));
        Assert.All(provider.EvaluateMany(new[] { "ana", "joe" }, Feed).Values, d => Assert.Equal(PolicyDecision.Error, d));
        Assert.Empty(provider.GetGrantedSubjects(new[] { "ana", "joe" }, Feed));
        Assert.Throws<ObjectDisposedException>(() => ledger.Object("ana", Feed, "settings-page"));
        Assert.Throws<ObjectDisposedException>(() => ledger.RecordNotice("bob", Feed, "notice-email"));
        Assert.NotEmpty(_db.Log.Errors);
        Assert.All(_db.Log.Errors, e => Assert.DoesNotContain("ana", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_locked_database_answers_error_and_recovers_when_the_lock_is_gone()
    {
        using (NotifiedLedger("ana")) { }
        using var ledger = new SqliteConsentLedger(_db.Options(busyTimeout: TimeSpan.FromMilliseconds(100)));
        var provider = Provider(ledger);

        using (var holder = _db.OpenRaw())
        {
            using var lockIt = holder.CreateCommand();
            lockIt.CommandText = "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; INSERT INTO schema_version VALUES (1000, 'lock', 0);";
            lockIt.ExecuteNonQuery();

            Assert.Equal(PolicyDecision.Error, provider.Evaluate("ana", Feed));
            Assert.Throws<SqliteException>(() => ledger.Object("ana", Feed, "settings-page"));
        }
        SqliteConnection.ClearAllPools();
        Assert.Equal(PolicyDecision.Granted, provider.Evaluate("ana", Feed));
    }

    [Fact]
    public void A_corrupt_file_answers_error_and_its_writes_throw()
    {
        File.WriteAllText(_db.Path, "this is not a database, it only has the name of one");
        using var ledger = new SqliteConsentLedger(_db.Options());
        var provider = Provider(ledger);

        Assert.Equal(PolicyDecision.Error, provider.Evaluate("ana", Feed));
        Assert.Throws<SqliteException>(() => ledger.Object("ana", Feed, "settings-page"));
    }

    [Fact]
    public void A_register_that_throws_or_answers_null_refuses_only_the_subjects_it_decides()
    {
        var consent = new InMemoryConsentProvider();
        consent.Grant("marie", Feed);
        var places = new InMemorySubjectJurisdictionProvider();
        places.Set("marie", "FR");
        places.Set("hans", "DE");
        var policy = Policy.RequireConsentIn(Feed, "FR");

        var throwing = Provider(new FailingRegister(FailingRegister.Mode.Throw), policy, places, consent);
        Assert.Equal(PolicyDecision.Error, throwing.Evaluate("hans", Feed));
        Assert.Equal(PolicyDecision.Granted, throwing.Evaluate("marie", Feed));        // consent decides her; the register is not asked
        var batch = throwing.EvaluateMany(new[] { "hans", "marie" }, Feed);
        Assert.Equal(PolicyDecision.Error, batch["hans"]);
        Assert.Equal(PolicyDecision.Granted, batch["marie"]);

        var nullAnswer = Provider(new FailingRegister(FailingRegister.Mode.AnswerNull), policy, places, consent);
        Assert.Equal(PolicyDecision.NotNotified, nullAnswer.EvaluateMany(new[] { "hans" }, Feed)["hans"]);
    }

    [Fact]
    public void A_register_that_answers_for_subjects_not_asked_about_widens_nothing()
    {
        var register = new FailingRegister(FailingRegister.Mode.AnswerForMallory);
        var provider = Provider(register);
        _db.Clock.Advance(TimeSpan.FromDays(1));
        var batch = provider.EvaluateMany(new[] { "ana" }, Feed);

        Assert.Equal(new[] { "ana" }, batch.Keys);
        Assert.Equal(new[] { "ana" }, provider.GetGrantedSubjects(new[] { "ana" }, Feed));
    }

    [Theory]
    [InlineData("kind in another case", "INSERT INTO objection_events (subject_id, purpose, kind, at_ticks, source) VALUES ('ana', 'Personalization', 'OBJECTION', 1, 'x');")]
    [InlineData("unknown kind", "INSERT INTO objection_events (subject_id, purpose, kind, at_ticks, source) VALUES ('ana', 'Personalization', 'withdrawn', 1, 'x');")]
    [InlineData("objection at the end of time", "INSERT INTO objection_events (subject_id, purpose, kind, at_ticks, source) VALUES ('ana', 'Personalization', 'objection', 'tomorrow', 'x');")]
    [InlineData("objection at a negative time", "INSERT INTO objection_events (subject_id, purpose, kind, at_ticks, source) VALUES ('ana', 'Personalization', 'objection', -5, 'x');")]
    public void A_corrupt_row_counts_as_an_objection_and_leaves_the_others_alone(string what, string sql)
    {
        using var ledger = NotifiedLedger("ana", "joe");
        Tamper(sql);
        var provider = Provider(ledger);

        Assert.Equal(PolicyDecision.Objected, provider.Evaluate("ana", Feed));
        Assert.Equal(PolicyDecision.Granted, provider.Evaluate("joe", Feed));
        Assert.Throws<InvalidDataException>(() => ledger.GetObjectionHistory("ana"));
        _ = what;
    }

    [Fact]
    public void A_notice_with_a_corrupt_time_notifies_nobody()
    {
        using var ledger = NotifiedLedger();
        Tamper("INSERT INTO objection_events (subject_id, purpose, kind, at_ticks, source) VALUES ('ana', 'Personalization', 'notice', 'yesterday', 'x');");

        Assert.Equal(PolicyDecision.NotNotified, Provider(ledger).Evaluate("ana", Feed));
    }

    [Fact]
    public void Events_cannot_be_rewritten_or_removed()
    {
        using var ledger = NotifiedLedger("ana");
        ledger.Object("ana", Feed, "settings-page");

        Assert.Throws<SqliteException>(() => Tamper("DELETE FROM objection_events;", keepChecks: true));
        Assert.Throws<SqliteException>(() => Tamper("UPDATE objection_events SET kind = 'notice';", keepChecks: true));
        Assert.Equal(new[] { ObjectionEventKind.Notice, ObjectionEventKind.Objection }, ledger.GetObjectionHistory("ana").Select(e => e.Kind));
    }

    private void Tamper(string sql, bool keepChecks = false)
    {
        using var raw = _db.OpenRaw();
        using var command = raw.CreateCommand();
        command.CommandText = (keepChecks ? "" : "PRAGMA ignore_check_constraints = ON; ") + sql;
        command.ExecuteNonQuery();
    }

    /// <summary>An objection register that throws, answers null, or answers for someone it was not asked about.</summary>
    private sealed class FailingRegister(FailingRegister.Mode mode) : IObjectionRegister
    {
        public enum Mode { Throw, AnswerNull, AnswerForMallory }

        public IReadOnlyDictionary<string, ObjectionRecord> GetObjectionRecords(IReadOnlyCollection<string> subjectIds, string purpose, DateTimeOffset asOf)
        {
            if (mode == Mode.AnswerNull)
                return null!;
            if (mode == Mode.Throw)
                throw new IOException("the objection store is gone");
            var notified = new ObjectionRecord(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), null);
            return subjectIds.Append("mallory").ToDictionary(id => id, _ => notified);
        }
    }
}
