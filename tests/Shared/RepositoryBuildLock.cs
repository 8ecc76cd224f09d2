using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace ConsentGuard.Tests.Shared;

/// <summary>
/// One build of this repository's projects at a time across test processes: `dotnet test ConsentGuard.sln` runs the
/// test assemblies in parallel, and a pack of the solution racing an audit that restores and builds the sample would
/// share the same obj/ folders. A lock file per repository clone serializes them.
/// </summary>
internal static class RepositoryBuildLock
{
    public static async Task<IDisposable> AcquireAsync(string repositoryRoot, TimeSpan timeout)
    {
        var name = "consentguard-build-" + ((uint)StringComparer.Ordinal.GetHashCode(Path.GetFullPath(repositoryRoot))).ToString("x8") + ".lock";
        var path = Path.Combine(Path.GetTempPath(), name);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }
}
