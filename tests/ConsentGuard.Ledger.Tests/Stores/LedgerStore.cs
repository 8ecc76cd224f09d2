using System;
using ConsentGuard.Sqlite.Tests.Infrastructure;

namespace ConsentGuard.Ledger.Tests.Stores;

/// <summary>
/// One durable store under test, empty at the start of each test: opens ledgers and registers on it with the test's
/// clock and log, and gives the conformance suite the few store-specific things it needs (raw SQL for tampering, a lock
/// that shuts the ledger out, the statement count of batched look-ups).
/// </summary>
public abstract class LedgerStore : IDisposable
{
    public ManualClock Clock { get; } = new();
    public RecordingLog Log { get; } = new();

    public abstract string Name { get; }

    /// <summary>Opens a ledger (schema created or migrated now). <paramref name="timeout"/> bounds each wait for a lock.</summary>
    public abstract IConsentLedger OpenLedger(int? chunkSize = null, TimeSpan? timeout = null, IConsentClock? clock = null);

    /// <summary>A ledger that touches the store only on its first operation.</summary>
    public abstract IConsentLedger CreateLedger(TimeSpan? timeout = null);

    public abstract ILedgerTrainingRunRegister OpenRegister();

    /// <summary>Runs SQL around the ledger, as another program or a person with a connection could.</summary>
    public abstract void Sql(string sql);

    /// <summary>Runs a query around the ledger and returns its first value.</summary>
    public abstract object? Scalar(string sql);

    /// <summary>The schema version the store's migrations end at.</summary>
    public abstract int LatestSchemaVersion { get; }

    /// <summary>
    /// Takes a lock that keeps every ledger operation waiting (then failing, past its timeout) until disposed: another
    /// process's long transaction, a migration or a maintenance job holding the tables.
    /// </summary>
    public abstract IDisposable LockEverything();

    /// <summary>How many statements the ledger's batched look-ups have run.</summary>
    public abstract long BatchStatements(IConsentLedger ledger);

    /// <summary>The SQL that sets a state row's answer to "granted" in this store's schema.</summary>
    public abstract string GrantedStateValue { get; }

    /// <summary>SQL that writes a "granted" state row for a pair the ledger has no event of (a silent opt-in around the ledger).</summary>
    public abstract string ForgeGrantedStateSql(string subject, string purpose);

    /// <summary>A trigger that makes the insert of subject <paramref name="subject"/>'s events fail inside the transaction.</summary>
    public abstract string RefuseInsertsOfSql(string subject);

    /// <summary>
    /// SQL that writes, around the objection ledger's CHECKs, a row for <paramref name="subject"/> (purpose Personalization)
    /// that is not a well-formed event: as tampering or a restore from elsewhere could.
    /// </summary>
    public abstract string TamperedObjectionRowSql(string subject, TamperedObjectionRow row);

    /// <summary>Whether text in this store can hold U+0000 (SQLite's can; PostgreSQL's cannot).</summary>
    public virtual bool StoresNulCharacters => true;

    public abstract void Dispose();

    public override string ToString() => Name;
}

/// <summary>Rows the objection ledger's CHECKs keep out, written around them in the conformance suite.</summary>
public enum TamperedObjectionRow
{
    /// <summary>Kind 'OBJECTION': not exactly 'notice', so an objection.</summary>
    KindInAnotherCase,

    /// <summary>Kind 'withdrawn': not exactly 'notice', so an objection.</summary>
    UnknownKind,

    /// <summary>An objection whose time is past any instant: from the start of time.</summary>
    ObjectionAtTheEndOfTime,

    /// <summary>An objection whose time is before any instant: from the start of time.</summary>
    ObjectionBeforeTheStartOfTime,

    /// <summary>A notice whose time is not an instant: notifies nobody.</summary>
    NoticeAtNoTime,
}
