using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConsentGuard.Sqlite.Tests.Infrastructure;
using ProNet;

namespace ConsentGuard.Sqlite.Tests.Sample;

/// <summary>Runs the sample's command line in process, on a temporary ledger and output file, and keeps what it said.</summary>
internal sealed class SampleRun : IDisposable
{
    private readonly TempDatabase _folder = new();

    public string Database => _folder.Path;
    public string Output => Path.Combine(_folder.Directory, "out.jsonl");

    public (int ExitCode, string Stdout, string Stderr) Run(params string[] args) => Run(interactive: false, args);

    public (int ExitCode, string Stdout, string Stderr) Run(bool interactive, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = ProNetApp.Run(args, stdout, stderr, interactive);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs a job on this run's ledger and output file.</summary>
    public (int ExitCode, string Stdout, string Stderr) Job(string command, params string[] more) =>
        Run(new[] { command, "--database", Database, "--output", Output }.Concat(more).ToArray());

    /// <summary>The figure on the row labelled <paramref name="label"/> of a job's summary.</summary>
    public static int Figure(string stdout, string label)
    {
        var row = stdout.Split('\n').Single(line => line.StartsWith("  " + label + "  ", StringComparison.Ordinal));
        var value = row.Substring(2 + label.Length).TrimStart().Split(' ')[0];
        return int.Parse(value, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<string> OutputLines() => File.ReadAllLines(Output);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
