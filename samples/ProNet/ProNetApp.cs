using System;
using System.Globalization;
using System.IO;
using System.Linq;
using ConsentGuard;
using ConsentGuard.PostgreSql;
using ConsentGuard.Sqlite;
using ProNet.Network;

namespace ProNet;

/// <summary>
/// The command line: parses the arguments, opens (and on first use seeds) the consent ledger, runs one job and
/// prints its figures. Bad arguments are one line on stderr and exit code 2; a failure while running is one line
/// and exit code 1. Never a stack trace.
/// </summary>
public static class ProNetApp
{
    public const string Usage = """
        Usage: pronet <command> [options]

        Commands:
          export        the generative-training export (JSON Lines): legitimate interest, so members notified before
                        today who did not object; the EEA and Switzerland excluded, Brazil asked for consent
          features      feed-personalization features (JSON Lines)
          moderation    the moderation-model training set from posts and direct messages (JSON Lines)
          suggest <id>  people a member may know: profiles embedded (locally, offline) into an in-memory vector store
          revoke <id>   turn off a member's generative-training consent (it decides only where consent is required: Brazil)
                        and list the exports that already read their data
          object <id>   record a member's objection to generative training on legitimate interest and list the
                        exports that already read their data

        Options:
          --members <n>      members in the demo network (default 2,000); its consent ledger is seeded on first use
          --database <file>  the consent ledger (default: pronet-demo-<n>.db beside the program)
          --store <kind>     sqlite (default: a file) or postgres (a server shared by every instance)
          --connection <cs>  with --store postgres: the server, e.g. "Host=localhost;Database=pronet;Username=pronet";
                             the ledger lives in schema pronet_demo_<n>, created on first use
          --output <file>    where the job writes (default: out/<job>.jsonl beside the program)
          -h, --help         show this help
        """;

    /// <summary>
    /// The legal bases the code declares (generative training on legitimate interest, LegalBases.cs), and the rules the
    /// seed story needed: no generative training on data of people in the EEA or Switzerland, and consent instead of
    /// legitimate interest in Brazil, whose regulator suspended such training on legitimate interest in 2024.
    /// </summary>
    public static readonly ConsentPolicy Policy =
        ConsentPolicy.Default.WithLegalBases(typeof(ProNetApp).Assembly)
            .ExcludeJurisdictions(Purposes.GenerativeTraining, Jurisdictions.EeaAndSwitzerland)
            .RequireConsentIn(Purposes.GenerativeTraining, "BR");

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive)
    {
        ProNetOptions options;
        try
        {
            options = ProNetOptions.Parse(args);
        }
        catch (UsageException ex)
        {
            stderr.WriteLine("pronet: error: " + ex.Message);
            stderr.WriteLine("Run 'pronet --help' for the commands and options.");
            return 2;
        }
        if (options.Command == "help")
        {
            stdout.WriteLine(Usage);
            return 0;
        }
        try
        {
            return Execute(options, stdout, stderr, interactive);
        }
        catch (UsageException ex)
        {
            stderr.WriteLine("pronet: error: " + ex.Message);
            return 2;
        }
        catch (Exception ex)
        {
            // A ledger that cannot be opened, a file that cannot be written: the message says which and why.
            stderr.WriteLine("pronet: error: " + ex.Message);
            return 1;
        }
    }

    private static int Execute(ProNetOptions options, TextWriter stdout, TextWriter stderr, bool interactive)
    {
        var network = new DemoNetwork(options.Members);
        if (options.Command is "revoke" or "suggest" or "object" && network.IndexOf(options.MemberId) < 0)
            throw new UsageException($"'{options.MemberId}' is not a member of the demo network (ids run from {DemoNetwork.IdOf(0)} to {DemoNetwork.IdOf(network.MemberCount - 1)})");
        var log = WarningsTo(stderr);
        using var store = OpenStore(options, log);
        var ledger = store.Ledger;
        if (ledger.CountEvents() == 0)
        {
            var events = ConsentSeeder.Seed(ledger, network);
            var notices = store.SeedNoticesAndObjections(network);
            stderr.WriteLine($"pronet: first run: seeded {store.Name} with {N(events)} consent events and {N(notices)} notices and objections of {N(network.MemberCount)} demo members");
        }
        var register = store.Register;
        var consent = new PolicyConsentProvider(ledger, Policy, new MemberJurisdictions(network), log, objections: store.Objections);
        var jobs = new Jobs(network, consent, register);

        if (options.Command == "revoke")
            return Revoke(options.MemberId!, ledger, register, stdout);
        if (options.Command == "object")
            return Object(options.MemberId!, store.Objections, register, stdout);
        if (options.Command == "suggest")
            return Suggest(network.MemberAt(network.IndexOf(options.MemberId)), network, consent, stdout);

        var output = options.Output ?? Path.Combine(AppContext.BaseDirectory, "out", options.Command switch
        {
            "export" => "generative-training.jsonl",
            "features" => "feed-features.jsonl",
            _ => "moderation-training.jsonl",
        });
        if (options.Output is null)
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        RequireFolder(output, "--output");

        using var progress = interactive ? new TerminalProgress(stderr, options.Command == "moderation" ? "messages" : "members") : null;
        using var writer = new JsonLinesWriter(output);
        string? lastRunId = null;
        switch (options.Command)
        {
            case "export":
                var export = jobs.ExportGenerativeTraining(new TrainingFile(writer), progress);
                progress?.Dispose();
                PrintExport(export, stdout);
                lastRunId = export.RunId;
                break;
            case "features":
                var features = jobs.FeedFeatures(new FeatureFile(writer), progress);
                progress?.Dispose();
                stdout.WriteLine("ProNet feed-personalization features");
                Row(stdout, "members considered", features.MembersConsidered);
                Row(stdout, "with features", features.MembersUsed);
                Row(stdout, "excluded, no consent", features.MembersConsidered - features.MembersUsed);
                break;
            default:
                var moderation = jobs.ModerationTrainingSet(new ModerationFile(writer), progress);
                progress?.Dispose();
                stdout.WriteLine("ProNet moderation-model training set");
                Row(stdout, "posts included", moderation.PostsUsed);
                Row(stdout, "messages considered", moderation.MessagesConsidered);
                Row(stdout, "messages included", moderation.MessagesUsed);
                Row(stdout, "messages excluded, no consent", moderation.MessagesConsidered - moderation.MessagesUsed);
                break;
        }
        stdout.WriteLine($"wrote {N(writer.Lines)} lines to {Display(output)}");
        if (options.Command == "export")
            stdout.WriteLine("recorded as training run " + lastRunId + ": 'pronet object <id>' and 'pronet revoke <id>' list the runs they reach");
        return 0;
    }

    private static void PrintExport(ExportSummary export, TextWriter stdout)
    {
        stdout.WriteLine("ProNet generative-training export");
        Row(stdout, "members considered", export.Considered);
        Row(stdout, "exported", export.Exported, $"their headlines and {N(export.Posts)} posts");
        Row(stdout, "excluded, objected", export.Objected, "turned the switch off: legitimate interest ends there");
        Row(stdout, "excluded, not notified", export.NotNotified, "the notice never reached them");
        Row(stdout, "excluded, no consent", export.NoConsent, "Brazil asks for consent: never given, or revoked");
        Row(stdout, "excluded by jurisdiction", export.ExcludedByJurisdiction, "EEA and Switzerland, whatever they chose");
        if (export.UnknownJurisdiction > 0)
            Row(stdout, "excluded, jurisdiction unknown", export.UnknownJurisdiction);
        if (export.Failed > 0)
            Row(stdout, "excluded, look-up failed", export.Failed, "see the errors above");
    }

    private static int Revoke(string memberId, IConsentLedger ledger, ITrainingRunRegister register, TextWriter stdout)
    {
        var revocation = ledger.Revoke(memberId, Purposes.GenerativeTraining, "settings-page");
        var runs = register.GetRunsAffectedByRevocation(memberId, Purposes.GenerativeTraining, revocation.At);
        stdout.WriteLine($"{memberId} revoked GenerativeTraining; later exports leave them out.");
        stdout.WriteLine(runs.Count == 0
            ? "No earlier training run read their data."
            : $"{runs.Count} earlier training run(s) read their data: " + string.Join(", ", runs));
        return 0;
    }

    private static int Object(string memberId, IObjectionLedger objections, ILedgerTrainingRunRegister register, TextWriter stdout)
    {
        objections.Object(memberId, Purposes.GenerativeTraining, "settings-page");
        var runs = register.GetRunsAffectedByObjection(memberId, Purposes.GenerativeTraining);
        stdout.WriteLine($"{memberId} objected to GenerativeTraining (legitimate interest, {ProNetLegalBases.Assessment}); later exports leave them out.");
        stdout.WriteLine(runs.Count == 0
            ? "No earlier training run read their data."
            : $"{runs.Count} earlier training run(s) read their data: " + string.Join(", ", runs));
        return 0;
    }

    /// <summary>
    /// The consent ledger and training-run register the jobs run against: a SQLite file (per network size, beside the
    /// program unless --database says otherwise), or a schema per network size on the PostgreSQL server --connection names.
    /// Either store is created or migrated now, so a store that cannot be opened is one error line before any job runs.
    /// Generative training rests on legitimate interest, so either store also records notices and objections
    /// (<see cref="IObjectionLedger"/>); the first run seeds them at their own instants through a ledger on a fixed clock.
    /// </summary>
    private static LedgerStore OpenStore(ProNetOptions options, IConsentLog log)
    {
        if (options.Store == ProNetOptions.Postgres)
        {
            PostgreSqlConsentStoreOptions PostgresAt(IConsentClock? clock = null) =>
                new(options.Connection!) { Schema = $"pronet_demo_{options.Members}", Log = log, Clock = clock ?? ConsentClock.System };
            var postgres = PostgresAt();
            var postgresLedger = PostgreSqlConsentLedger.Open(postgres);
            return new LedgerStore($"PostgreSQL schema {postgres.Schema}", postgresLedger, postgresLedger, new PostgreSqlTrainingRunRegister(postgres),
                network => ConsentSeeder.SeedNoticesAndObjections(clock => new PostgreSqlConsentLedger(PostgresAt(clock)), network));
        }
        var database = options.Database ?? Path.Combine(AppContext.BaseDirectory, $"pronet-demo-{options.Members}.db");
        RequireFolder(database, "--database");
        SqliteConsentStoreOptions SqliteAt(IConsentClock? clock = null) => new(database) { Log = log, Clock = clock ?? ConsentClock.System };
        var sqliteLedger = SqliteConsentLedger.Open(SqliteAt());
        return new LedgerStore(Display(database), sqliteLedger, sqliteLedger, new SqliteTrainingRunRegister(SqliteAt()),
            network => ConsentSeeder.SeedNoticesAndObjections(clock => new SqliteConsentLedger(SqliteAt(clock)), network));
    }

    private sealed class LedgerStore(string name, IConsentLedger ledger, IObjectionLedger objections, ILedgerTrainingRunRegister register,
                                     Func<DemoNetwork, int> seedNoticesAndObjections) : IDisposable
    {
        public string Name { get; } = name;
        public IConsentLedger Ledger { get; } = ledger;
        public IObjectionLedger Objections { get; } = objections;
        public ILedgerTrainingRunRegister Register { get; } = register;

        public int SeedNoticesAndObjections(DemoNetwork network) => seedNoticesAndObjections(network);

        public void Dispose()
        {
            Register.Dispose();
            Ledger.Dispose();
        }
    }

    /// <summary>Indexes every consenting member's profile, then prints the five most alike the given member.</summary>
    private static int Suggest(Member member, DemoNetwork network, IConsentProvider consent, TextWriter stdout)
    {
        // Local stand-ins (samples/ProNet.LocalAi) so the sample runs offline; any embedding model and vector store fit.
        using var embeddings = new LocalAi.HashingEmbeddingGenerator(Suggestions.ProfileVector.Dimensions);
        using var index = new LocalAi.InMemoryVectorCollection<Suggestions.ProfileVector>("profiles", p => p.MemberId, p => p.Embedding);
        var people = new Suggestions.PeopleYouMayKnow(embeddings, index);
        var indexed = people.IndexAsync(network.Members(), consent).GetAwaiter().GetResult();
        stdout.WriteLine("ProNet people you may know");
        Row(stdout, "members considered", network.MemberCount);
        Row(stdout, "profiles indexed", indexed);
        Row(stdout, "excluded, no consent", network.MemberCount - indexed);
        var suggestions = people.SuggestAsync(member, consent, count: 5).GetAwaiter().GetResult();
        if (suggestions.Count == 0)
        {
            stdout.WriteLine($"{member.Id} has not agreed to a personalized experience: no suggestions.");
            return 0;
        }
        stdout.WriteLine($"{member.Id} may know: " + string.Join(", ", suggestions.Select(s => s.MemberId + " (" + s.Similarity.ToString("0.00", CultureInfo.InvariantCulture) + ")")));
        return 0;
    }

    /// <summary>Warnings and errors of the ledger and the policy (a failed look-up, an unknown jurisdiction); not the schema's creation.</summary>
    private static IConsentLog WarningsTo(TextWriter stderr) => ConsentLog.FromDelegate((level, message, exception) =>
    {
        if (level >= ConsentLogLevel.Warning)
            stderr.WriteLine($"pronet: {level.ToString().ToLowerInvariant()}: {message}{(exception is null ? "" : " (" + exception.Message + ")")}");
    });

    private static void Row(TextWriter stdout, string label, long value, string? note = null) =>
        stdout.WriteLine($"  {label,-32}{N(value),9}{(note is null ? "" : "  (" + note + ")")}");

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Paths relative to the working folder when they are under it: the output reads the same on every machine.</summary>
    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative;
    }

    private static void RequireFolder(string file, string option)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (folder is not null && !Directory.Exists(folder))
            throw new UsageException($"{option} '{file}': its folder does not exist");
    }
}
