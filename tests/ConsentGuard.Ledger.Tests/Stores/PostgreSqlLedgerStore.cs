using System;
using ConsentGuard.PostgreSql;
using Npgsql;

namespace ConsentGuard.Ledger.Tests.Stores;

/// <summary>
/// The PostgreSQL ledger in a fresh schema of its own on the shared test server (<see cref="PostgresServer.Shared"/>,
/// or <paramref name="server"/>), dropped afterwards: tests run in parallel without seeing each other's events.
/// </summary>
public sealed class PostgreSqlLedgerStore(PostgresServer? server = null) : LedgerStore
{
    private readonly PostgresServer _server = server ?? PostgresServer.Shared;

    public string Schema { get; } = "cg_test_" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>Identifies this test's connections in <c>pg_stat_activity</c>, for faults aimed at them.</summary>
    public string ApplicationName => Schema;

    public override string Name => "postgresql";

    public PostgreSqlConsentStoreOptions Options(int? chunkSize = null, TimeSpan? timeout = null, IConsentClock? clock = null) =>
        new(new NpgsqlConnectionStringBuilder(_server.ConnectionString) { ApplicationName = ApplicationName }.ConnectionString)
        {
            Schema = Schema,
            Clock = clock ?? Clock,
            Log = Log,
            CommandTimeout = timeout ?? TimeSpan.FromSeconds(10),
            BatchChunkSize = chunkSize ?? 500,
        };

    public override IConsentLedger OpenLedger(int? chunkSize = null, TimeSpan? timeout = null, IConsentClock? clock = null) =>
        PostgreSqlConsentLedger.Open(Options(chunkSize, timeout, clock));

    public override IConsentLedger CreateLedger(TimeSpan? timeout = null) => new PostgreSqlConsentLedger(Options(timeout: timeout));

    public override ILedgerTrainingRunRegister OpenRegister() => new PostgreSqlTrainingRunRegister(Options());

    /// <summary>A superuser connection outside the ledger, with the test's schema first on the search path.</summary>
    public NpgsqlConnection OpenRaw()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server.ConnectionString)
        {
            SearchPath = Schema,
            Pooling = false,
            ApplicationName = "consentguard-test-raw",
        }.ConnectionString);
        connection.Open();
        return connection;
    }

    public override void Sql(string sql)
    {
        using var raw = OpenRaw();
        using var command = new NpgsqlCommand(sql, raw);
        command.ExecuteNonQuery();
    }

    public override int LatestSchemaVersion => ConsentGuard.PostgreSql.Internal.SchemaMigrations.LatestVersion;

    public override object? Scalar(string sql)
    {
        using var raw = OpenRaw();
        using var command = new NpgsqlCommand(sql, raw);
        return command.ExecuteScalar();
    }

    public override IDisposable LockEverything()
    {
        var holder = OpenRaw();
        using var lockIt = new NpgsqlCommand($"BEGIN; LOCK TABLE {Schema}.consent_events, {Schema}.consent_state, {Schema}.objection_events IN ACCESS EXCLUSIVE MODE;", holder);
        lockIt.ExecuteNonQuery();
        return holder; // closing the connection rolls back and releases the lock
    }

    public override long BatchStatements(IConsentLedger ledger) => ((PostgreSqlConsentLedger)ledger).BatchStatementCount;

    public override string GrantedStateValue => "kind = 'grant'";

    public override string ForgeGrantedStateSql(string subject, string purpose) =>
        $"INSERT INTO consent_state (purpose, subject_id, kind, event_id, at) VALUES ('{purpose}', '{subject}', 'grant', 999, now());";

    public override string RefuseInsertsOfSql(string subject) => $@"
CREATE FUNCTION refuse_{subject}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no {subject}'; END $$;
CREATE TRIGGER refuse_{subject} BEFORE INSERT ON consent_events FOR EACH ROW WHEN (NEW.subject_id = '{subject}') EXECUTE FUNCTION refuse_{subject}();";

    public override string TamperedObjectionRowSql(string subject, TamperedObjectionRow row)
    {
        var (kind, time) = row switch
        {
            TamperedObjectionRow.KindInAnotherCase => ("'OBJECTION'", "'2026-01-01 00:00:00+00'"),
            TamperedObjectionRow.UnknownKind => ("'withdrawn'", "'2026-01-01 00:00:00+00'"),
            TamperedObjectionRow.ObjectionAtTheEndOfTime => ("'objection'", "'infinity'"),
            TamperedObjectionRow.ObjectionBeforeTheStartOfTime => ("'objection'", "'0100-01-01 00:00:00+00 BC'"),
            _ => ("'notice'", "'-infinity'"),
        };
        return "ALTER TABLE objection_events DROP CONSTRAINT IF EXISTS objection_events_kind_check, DROP CONSTRAINT IF EXISTS objection_events_at_check; " +
               $"INSERT INTO objection_events (subject_id, purpose, kind, at, source) VALUES ('{subject}', 'Personalization', {kind}, {time}, 'x');";
    }

    public override bool StoresNulCharacters => false;

    public override void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Sql($"DROP SCHEMA IF EXISTS {Schema} CASCADE;");
        }
        catch (NpgsqlException)
        {
            // A server a test stopped on purpose: its folder goes with it.
        }
    }
}
