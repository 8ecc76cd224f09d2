using System;

namespace ConsentGuard.Cli.Loading;

/// <summary>Bad input: the user gets its message on one line and exit code 2, never a stack trace.</summary>
public sealed class AuditInputException : Exception
{
    public AuditInputException(string message) : base(message) { }
}
