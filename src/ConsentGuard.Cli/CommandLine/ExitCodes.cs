namespace ConsentGuard.Cli.CommandLine;

public static class ExitCodes
{
    /// <summary>No unsuppressed finding at or above --fail-on.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above --fail-on.</summary>
    public const int FindingsAtThreshold = 1;

    /// <summary>Bad arguments, a path that is not a solution or project, a project that does not load.</summary>
    public const int BadInput = 2;
}
