using System;
using System.Globalization;

namespace ProNet;

/// <summary>A mistake in the command line: told in one line, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>The parsed command line.</summary>
public sealed record ProNetOptions(string Command, string? MemberId, int Members, string? Database, string? Output, string Store = ProNetOptions.Sqlite, string? Connection = null)
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>Above this the demo network would take minutes to seed; the benchmarks cover bigger exports.</summary>
    public const int MaxMembers = 10_000_000;

    public static ProNetOptions Parse(string[] args)
    {
        if (args.Length == 0)
            throw new UsageException("missing the command: export, features, moderation, suggest <id>, revoke <id> or object <id>");
        string? command = null, memberId = null, database = null, output = null, connection = null;
        var store = Sqlite;
        var members = Network.DemoNetwork.DefaultMemberCount;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-h" or "--help":
                    return new ProNetOptions("help", null, members, null, null);
                case "--members":
                    var text = Value(args, ref i);
                    if (!int.TryParse(text.Replace(",", "").Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture, out members) || members < 1 || members > MaxMembers)
                        throw new UsageException($"--members '{text}': give a whole number from 1 to {MaxMembers:N0}");
                    break;
                case "--database":
                    database = Value(args, ref i);
                    break;
                case "--output":
                    output = Value(args, ref i);
                    break;
                case "--store":
                    store = Value(args, ref i);
                    if (store != Sqlite && store != Postgres)
                        throw new UsageException($"--store '{store}': use sqlite or postgres");
                    break;
                case "--connection":
                    connection = Value(args, ref i);
                    break;
                case "export" or "features" or "moderation" or "revoke" or "suggest" or "object" when command is null:
                    command = arg;
                    if (arg is "revoke" or "suggest" or "object")
                        memberId = i + 1 < args.Length && !args[i + 1].StartsWith('-') ? args[++i] : throw new UsageException($"{arg}: missing the member id, e.g. pronet {arg} m-0000042");
                    break;
                default:
                    throw new UsageException(arg.StartsWith('-')
                        ? $"unknown option '{arg}'"
                        : command is null ? $"unknown command '{arg}': use export, features, moderation, suggest <id>, revoke <id> or object <id>" : $"unexpected argument '{arg}'");
            }
        }
        if (command is null)
            throw new UsageException("missing the command: export, features, moderation, suggest <id>, revoke <id> or object <id>");
        if (command is "revoke" or "suggest" or "object" && output is not null)
            throw new UsageException($"{command} writes no file: --output does not apply");
        if (store == Postgres && connection is null)
            throw new UsageException("--store postgres: give the server with --connection \"Host=…;Database=…;Username=…\"");
        if (store == Sqlite && connection is not null)
            throw new UsageException("--connection is for --store postgres; the SQLite ledger is a file (--database)");
        if (store == Postgres && database is not null)
            throw new UsageException("--database is the SQLite ledger's file; with --store postgres the ledger is in the server --connection names");
        return new ProNetOptions(command, memberId, members, database, output, store, connection);
    }

    private static string Value(string[] args, ref int i)
    {
        var option = args[i];
        if (i + 1 >= args.Length || args[i + 1].Length == 0)
            throw new UsageException($"{option}: missing its value");
        return args[++i];
    }
}
