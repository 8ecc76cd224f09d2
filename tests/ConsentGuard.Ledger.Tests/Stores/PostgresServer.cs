using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Npgsql;

namespace ConsentGuard.Ledger.Tests.Stores;

/// <summary>
/// A PostgreSQL server for the tests. <see cref="Shared"/> is the server named by <c>CONSENTGUARD_POSTGRES</c> (a
/// connection string) or else a private one started on first use and stopped when the test host exits.
/// <see cref="StartPrivate"/> starts one more private server (for a test that restarts it).
/// </summary>
/// <remarks>
/// A private server: <c>initdb</c> into a fresh temporary folder, started with <c>pg_ctl</c> on a free port, listening on
/// 127.0.0.1 only (its unix socket in that folder), trust authentication for local connections, fsync off (the data is
/// thrown away). PostgreSQL refuses to run as root, so under root (CI) it runs as the <c>postgres</c> user through
/// <c>runuser</c>. A watchdog shell outlives a crashed test host just long enough to stop the server and remove the
/// folder, so a killed test run leaves no postmaster behind.
/// </remarks>
public sealed class PostgresServer : IDisposable
{
    public const string EnvironmentVariable = "CONSENTGUARD_POSTGRES";
    private const string SuperUser = "consentguard";
    private static readonly Lazy<PostgresServer> SharedServer = new(CreateShared, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string? _folder;
    private readonly string? _binaries;
    private readonly string? _runAs;
    private int _stopped;

    private PostgresServer(string connectionString, string? folder = null, string? binaries = null, string? runAs = null)
    {
        ConnectionString = connectionString;
        _folder = folder;
        _binaries = binaries;
        _runAs = runAs;
    }

    /// <summary>The server all tests share; started once per test run.</summary>
    public static PostgresServer Shared => SharedServer.Value;

    /// <summary>A superuser connection string to the <c>postgres</c> database.</summary>
    public string ConnectionString { get; private set; }

    public bool IsPrivate => _folder is not null;

    private string DataDirectory => Path.Combine(_folder!, "data");

    private static PostgresServer CreateShared()
    {
        var external = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(external))
            return new PostgresServer(external);
        var server = StartPrivate();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        return server;
    }

    /// <summary>Starts a private server; the caller disposes it (stopping it and removing its folder).</summary>
    public static PostgresServer StartPrivate()
    {
        var binaries = FindBinaries();
        var runAs = Environment.UserName == "root" ? "postgres" : null;
        var folder = Path.Combine(Path.GetTempPath(), "consentguard-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var server = new PostgresServer("", folder, binaries, runAs);
        try
        {
            if (runAs is not null)
                Run("chown", [runAs, folder]);
            // First, so that a test host killed during initdb or start-up leaves nothing behind either.
            server.StartWatchdog();
            server.RunTool("initdb", "-D", server.DataDirectory, "-U", SuperUser, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions");
            var port = FreePort();
            server.RunTool("pg_ctl", "-D", server.DataDirectory, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o",
                $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                "start");
            server.ConnectionString = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = SuperUser, Database = "postgres" }.ConnectionString;
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Stops the server at once (as a crash or a failover would) and starts it again on the same data and port.</summary>
    public void Restart()
    {
        if (!IsPrivate)
            throw new InvalidOperationException("Only a private test server can be restarted.");
        // -l as for start: the new postmaster must not inherit (and hold open) the pipes this process reads pg_ctl's output from.
        RunTool("pg_ctl", "-D", DataDirectory, "-l", Path.Combine(_folder!, "server.log"), "-m", "immediate", "-w", "-t", "60", "restart");
    }

    public void Dispose()
    {
        if (_folder is null || Interlocked.Exchange(ref _stopped, 1) == 1)
            return;
        try
        {
            if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
                RunTool("pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop");
        }
        catch (Exception)
        {
            // Best effort: the watchdog stops it when this process is gone.
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception)
        {
        }
    }

    /// <summary>
    /// A detached shell that waits for this test host to exit (however it exits) and then stops the server and removes its
    /// folder. After a normal <see cref="Dispose"/> it finds nothing left to do.
    /// </summary>
    private void StartWatchdog()
    {
        var pgCtl = Path.Combine(_binaries!, "pg_ctl");
        var stop = _runAs is null ? $"'{pgCtl}'" : $"runuser -u {_runAs} -- '{pgCtl}'";
        var script = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 2; done; " +
                     $"[ -f '{DataDirectory}/postmaster.pid' ] && {stop} -D '{DataDirectory}' -m immediate stop >/dev/null 2>&1; rm -rf '{_folder}'";
        // Started through a shell that exits at once: the watchdog is then no child of this process, so killing the test
        // host's process tree (a hang timeout, a cancelled run) does not kill it too.
        var launcher = new ProcessStartInfo("sh", ["-c", "setsid sh -c \"$CONSENTGUARD_WATCHDOG\" >/dev/null 2>&1 </dev/null &"])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        launcher.Environment["CONSENTGUARD_WATCHDOG"] = script;
        using var process = Process.Start(launcher)!;
        process.WaitForExit();
    }

    private void RunTool(string tool, params string[] arguments)
    {
        var path = Path.Combine(_binaries!, tool);
        if (_runAs is null)
            Run(path, arguments);
        else
            Run("runuser", ["-u", _runAs, "--", path, .. arguments]);
    }

    private static void Run(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        // Read both streams to the end before waiting: a full pipe would block the child.
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.Result.Trim()} {stdout.Trim()}");
    }

    /// <summary>
    /// PostgreSQL's server binaries: <c>CONSENTGUARD_POSTGRES_BIN</c>, else the newest Debian-layout version
    /// (<c>/usr/lib/postgresql/N/bin</c>), else <c>initdb</c> on the PATH.
    /// </summary>
    private static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("CONSENTGUARD_POSTGRES_BIN");
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Dir, "initdb")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Dir)
                .FirstOrDefault()
            : null;
        if (debian is not null)
            return debian;
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .FirstOrDefault(d => d.Length > 0 && File.Exists(Path.Combine(d, "initdb")));
        return onPath ?? throw new InvalidOperationException(
            "The PostgreSQL tests need a server: install PostgreSQL (Debian: apt-get install postgresql; .ci/run does this) so that they can start " +
            $"a private one, or set {EnvironmentVariable} to the connection string of a server they may create schemas in.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
