using System;
using System.IO;
using System.Linq;
using ConsentGuard.Ledger.Tests.Stores;
using Npgsql;
using ProNet;

namespace ConsentGuard.Ledger.Tests.Sample;

/// <summary>
/// The sample's jobs with <c>--store postgres</c>, in a database of their own on the test server: the same figures as
/// over SQLite, and a revocation that reaches the export run recorded in the same server.
/// </summary>
public sealed class PostgreSqlSampleTests : IDisposable
{
    private readonly string _database = "pronet_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "consentguard-sample-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string _connection;

    public PostgreSqlSampleTests()
    {
        Directory.CreateDirectory(_folder);
        Admin($"CREATE DATABASE {_database};");
        _connection = new NpgsqlConnectionStringBuilder(PostgresServer.Shared.ConnectionString) { Database = _database }.ConnectionString;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Admin($"DROP DATABASE IF EXISTS {_database} WITH (FORCE);");
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void The_export_over_postgres_gives_the_same_figures_as_over_sqlite_and_an_objection_and_a_revocation_list_their_run()
    {
        var overSqlite = Run("export", "--database", Path.Combine(_folder, "consent.db"), "--output", Path.Combine(_folder, "sqlite.jsonl"));
        var overPostgres = Run("export", "--store", "postgres", "--connection", _connection, "--output", Path.Combine(_folder, "postgres.jsonl"));

        Assert.Equal((0, 0), (overSqlite.Code, overPostgres.Code));
        var seeded = overSqlite.Stderr.Split('\n').Single(l => l.StartsWith("pronet: first run: seeded ", StringComparison.Ordinal));
        Assert.Contains("pronet: first run: seeded PostgreSQL schema pronet_demo_2000 with 3,733 consent events and " +
                        seeded[seeded.IndexOf(" and ", StringComparison.Ordinal)..].Substring(5), overPostgres.Stderr);
        Assert.Equal(Figures(overSqlite.Stdout), Figures(overPostgres.Stdout));
        Assert.True(Figure(overPostgres.Stdout, "excluded, objected") > 0 && Figure(overPostgres.Stdout, "excluded, not notified") > 0);
        Assert.Equal(File.ReadAllLines(Path.Combine(_folder, "sqlite.jsonl")), File.ReadAllLines(Path.Combine(_folder, "postgres.jsonl")));

        var runId = overPostgres.Stdout.Split('\n').Single(l => l.StartsWith("recorded as training run ", StringComparison.Ordinal)).Split(' ')[4].TrimEnd(':');
        var objector = FirstExported(brazil: false);
        var objection = Run("object", objector, "--store", "postgres", "--connection", _connection);
        var revocation = Run("revoke", FirstExported(brazil: true), "--store", "postgres", "--connection", _connection);
        var again = Run("export", "--store", "postgres", "--connection", _connection, "--output", Path.Combine(_folder, "again.jsonl"));

        Assert.Equal((0, 0, 0), (objection.Code, revocation.Code, again.Code));
        Assert.Contains($"1 earlier training run(s) read their data: {runId} (GenerativeTraining, writing-assistant export)", objection.Stdout);
        Assert.Contains($"1 earlier training run(s) read their data: {runId} (GenerativeTraining, writing-assistant export)", revocation.Stdout);
        Assert.Equal(Figure(overPostgres.Stdout, "exported") - 2, Figure(again.Stdout, "exported"));
        Assert.Equal(Figure(overPostgres.Stdout, "excluded, objected") + 1, Figure(again.Stdout, "excluded, objected"));
        Assert.Equal(Figure(overPostgres.Stdout, "excluded, no consent") + 1, Figure(again.Stdout, "excluded, no consent"));
        Assert.DoesNotContain("first run", again.Stderr);
    }

    [Theory]
    [InlineData("export|--store|postgres", "pronet: error: --store postgres: give the server with --connection \"Host=…;Database=…;Username=…\"")]
    [InlineData("export|--store|mysql", "pronet: error: --store 'mysql': use sqlite or postgres")]
    [InlineData("export|--connection|Host=x", "pronet: error: --connection is for --store postgres; the SQLite ledger is a file (--database)")]
    public void Bad_store_arguments_are_one_line_and_exit_code_2(string arguments, string expected)
    {
        var (code, stdout, stderr) = Run(arguments.Split('|'));

        Assert.Equal(2, code);
        Assert.Equal(expected, stderr.Split('\n')[0]);
        Assert.Equal("", stdout);
    }

    [Fact]
    public void An_unreachable_server_is_one_error_line_and_exit_code_1()
    {
        var (code, _, stderr) = Run("export", "--store", "postgres", "--connection", "Host=127.0.0.1;Port=1;Username=x;Password=hunter2", "--output", Path.Combine(_folder, "x.jsonl"));

        Assert.Equal(1, code);
        Assert.StartsWith("pronet: error: ", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("hunter2", stderr);
    }

    /// <summary>
    /// The first member the demo network's choices and countries put in the export (generative training rests on
    /// legitimate interest: EEA and Switzerland excluded, Brazil decided by consent, the rest exported when notified and
    /// not objected), in Brazil or elsewhere.
    /// </summary>
    private static string FirstExported(bool brazil)
    {
        var network = new ProNet.Network.DemoNetwork();
        var excluded = Jurisdictions.EeaAndSwitzerland.ToHashSet(StringComparer.Ordinal);
        var index = Enumerable.Range(0, network.MemberCount).First(i =>
            !excluded.Contains(network.CountryOf(i)) && (network.CountryOf(i) == "BR") == brazil && (brazil
                ? network.ChoiceOf(i, Purposes.GenerativeTraining) == ProNet.Network.ConsentChoice.Granted
                : network.ChoiceOf(i, Purposes.GenerativeTraining) != ProNet.Network.ConsentChoice.Revoked && network.WasNotified(i)));
        return ProNet.Network.DemoNetwork.IdOf(index);
    }

    private static string[] Figures(string stdout) => stdout.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToArray();

    private static int Figure(string stdout, string label) =>
        int.Parse(stdout.Split('\n').Single(l => l.StartsWith("  " + label + "  ", StringComparison.Ordinal))[(2 + label.Length)..].TrimStart().Split(' ')[0],
            System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = ProNetApp.Run(args, stdout, stderr, interactive: false);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer.Shared.ConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
