using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConsentGuard.Sqlite.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace ConsentGuard.Sqlite.Tests.LegalBasis;

/// <summary>
/// Faults under a legitimate-interest purpose, as <see cref="FailClosedTests"/> and the ledger fault tests do for consent:
/// a failing objection look-up means "not granted" (<see cref="PolicyDecision.Error"/>, logged), never "nobody objected".
/// The faults every durable store shares (a disposed ledger, a locked store, rows written around the CHECKs, append-only
/// events) are in the conformance suite (tests/ConsentGuard.Ledger.Tests, ObjectionConformance), run on SQLite and
/// PostgreSQL; here are the SQLite file's own and those of a misbehaving register.
/// </summary>
public sealed class ObjectionFaultTests : IDisposable
{
    private const string Feed = Purposes.Personalization;
    private static readonly ConsentPolicy Policy = ConsentPolicy.Default.WithLegitimateInterest(Feed, "LIA-2025-07", new DateTime(2026, 1, 1));
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private PolicyConsentProvider Provider(IObjectionRegister register, ConsentPolicy? policy = null, ISubjectJurisdictionProvider? places = null, IConsentProvider? consent = null) =>
        new(consent ?? new InMemoryConsentProvider(), policy ?? Policy, places, _db.Log, register, _db.Clock);

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
