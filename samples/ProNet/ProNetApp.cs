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
          export        the generative-training export (JSON Lines); the EEA and Switzerland are excluded by policy
          features      feed-personalization features (JSON Lines)
          moderation    the moderation-model training set from posts and direct messages (JSON Lines)
          suggest <id>  people a member may know: profiles embedded (locally, offline) into an in-memory vector store
          revoke <id>   turn off a member's generative-training consent and list the exports that already read their data

        Options:
          --members <n>      members in the demo network (default 2,000); its consent ledger is seeded on first use
          --database <file>  the consent ledger (default: pronet-demo-<n>.db beside the program)
          --store <kind>     sqlite (default: a file) or postgres (a server shared by every instance)
          --connection <cs>  with --store postgres: the server, e.g. "Host=localhost;Database=pronet;Username=pronet";
                             the ledger lives in schema pronet_demo_<n>, created on first use
          --output <file>    where the job writes (default: out/<job>.jsonl beside the program)
          -h, --help         show this help
        """;

    /// <summary>The rule the seed story needed: no generative training on data of people in the EEA or Switzerland.</summary>
    public static readonly ConsentPolicy Policy =
        ConsentPolicy.Default.ExcludeJurisdictions(Purposes.GenerativeTraining, Jurisdictions.EeaAndSwitzerland);

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
        if (options.Command is "revoke" or "suggest" && network.IndexOf(options.MemberId) < 0)
            throw new UsageException($"'{options.MemberId}' is not a member of the demo network (ids run from {DemoNetwork.IdOf(0)} to {DemoNetwork.IdOf(network.MemberCount - 1)})");
        var log = WarningsTo(stderr);
        using var store = OpenStore(options, log);
        var ledger = store.Ledger;
        if (ledger.CountEvents() == 0)
        {
            var events = ConsentSeeder.Seed(ledger, network);
            stderr.WriteLine($"pronet: first run: seeded {store.Name} with {N(events)} consent events of {N(network.MemberCount)} demo members");
        }
        var register = store.Register;
        var consent = new PolicyConsentProvider(ledger, Policy, new MemberJurisdictions(network), log);
        var jobs = new Jobs(network, consent, register);

        if (options.Command == "revoke")
            return Revoke(options.MemberId!, ledger, register, stdout);
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
            stdout.WriteLine("recorded as training run " + lastRunId + ": 'pronet revoke <id>' lists the runs a revocation reaches");
        return 0;
    }

    private static void PrintExport(ExportSummary export, TextWriter stdout)
    {
        stdout.WriteLine("ProNet generative-training export");
        Row(stdout, "members considered", export.Considered);
        Row(stdout, "exported", export.Exported, $"their headlines and {N(export.Posts)} posts");
        Row(stdout, "excluded, no consent", export.NoConsent, "never asked, or revoked");
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

    /// <summary>
    /// The consent ledger and training-run register the jobs run against: a SQLite file (per network size, beside the
    /// program unless --database says otherwise), or a schema per network size on the PostgreSQL server --connection names.
    /// Either store is created or migrated now, so a store that cannot be opened is one error line before any job runs.
    /// </summary>
    private static LedgerStore OpenStore(ProNetOptions options, IConsentLog log)
    {
        if (options.Store == ProNetOptions.Postgres)
        {
            var postgres = new PostgreSqlConsentStoreOptions(options.Connection!) { Schema = $"pronet_demo_{options.Members}", Log = log };
            var ledger = PostgreSqlConsentLedger.Open(postgres);
            return new LedgerStore($"PostgreSQL schema {postgres.Schema}", ledger, new PostgreSqlTrainingRunRegister(postgres));
        }
        var database = options.Database ?? Path.Combine(AppContext.BaseDirectory, $"pronet-demo-{options.Members}.db");
        RequireFolder(database, "--database");
        var sqlite = new SqliteConsentStoreOptions(database) { Log = log };
        return new LedgerStore(Display(database), SqliteConsentLedger.Open(sqlite), new SqliteTrainingRunRegister(sqlite));
    }

    private sealed class LedgerStore(string name, IConsentLedger ledger, ILedgerTrainingRunRegister register) : IDisposable
    {
        public string Name { get; } = name;
        public IConsentLedger Ledger { get; } = ledger;
        public ILedgerTrainingRunRegister Register { get; } = register;

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
