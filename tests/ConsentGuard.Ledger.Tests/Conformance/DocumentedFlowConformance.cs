using System;
using System.Linq;
using ConsentGuard.Ledger.Tests.Stores;

namespace ConsentGuard.Ledger.Tests.Conformance;

/// <summary>
/// The flow docs/runtime.md shows, with the jurisdiction policy on top of the ledger: ledger and register in one store,
/// from export to revocation.
/// </summary>
public abstract class DocumentedFlowConformance(LedgerStore store) : IDisposable
{
    private const string Gen = Purposes.GenerativeTraining;
    private readonly LedgerStore _db = store;

    public void Dispose() => _db.Dispose();

    [Fact]
    public void A_training_run_reads_only_consenting_subjects_outside_excluded_places_and_a_later_revocation_lists_it()
    {
        using var ledger = _db.OpenLedger();
        using var register = _db.OpenRegister();
        var places = new InMemorySubjectJurisdictionProvider();
        var members = Enumerable.Range(0, 1200).Select(i => $"member-{i}").ToArray();
        for (var i = 0; i < members.Length; i++)
            places.Set(members[i], i % 4 == 0 ? "FR" : "US");
        ledger.Append(members.Where((_, i) => i % 2 == 0).Select(id => ConsentChange.Grant(id, Gen, "signup", "privacy-2026-01")));
        var consent = new PolicyConsentProvider(ledger,
            ConsentPolicy.Default.ExcludeJurisdictions(Gen, Jurisdictions.EeaAndSwitzerland), places, _db.Log);

        _db.Clock.Advance(TimeSpan.FromDays(1));
        var run = register.StartRun(Gen, label: "assistant-2026-03");
        var trained = 0;
        foreach (var batch in members.Chunk(500))
        {
            var granted = consent.GetGrantedSubjects(batch, Gen);
            register.RecordSubjects(run.RunId, granted);
            trained += granted.Count;
        }
        register.CompleteRun(run.RunId);

        // Every other member consented; a quarter are in France, half of whom consented.
        Assert.Equal(300, trained);
        Assert.Equal(300, register.CountSubjects(run.RunId));

        var since = _db.Clock.Advance(TimeSpan.FromDays(1));
        var revocation = ledger.Revoke("member-2", Gen, "settings-page");
        var frenchRevocation = ledger.Revoke("member-4", Gen, "settings-page"); // never in the run: excluded by jurisdiction

        var affected = register.GetRunsAffectedByRevocation(revocation.SubjectId, revocation.Purpose, revocation.At);
        Assert.Equal(new[] { run.RunId }, affected.Select(r => r.RunId));
        Assert.Empty(register.GetRunsAffectedByRevocation(frenchRevocation.SubjectId, Gen, frenchRevocation.At));
        var impact = Assert.Single(register.GetRevocationImpacts(since));
        Assert.Equal("member-2", impact.SubjectId);
        Assert.True(ledger.IsGrantedAt("member-2", Gen, impact.FirstUsedAt), "consent was in force when the run read the data");
        Assert.False(ledger.IsGranted("member-2", Gen));
    }
}
