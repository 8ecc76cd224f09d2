using System.IO;
using System.Linq;
using Microsoft.Build.Locator;

namespace ConsentGuard.Cli.Loading;

/// <summary>
/// Points MSBuild's assemblies at the newest installed .NET SDK. Must run before any type from
/// Microsoft.Build (or MSBuildWorkspace, which references it) is loaded, so callers keep workspace code in
/// methods this one's caller does not JIT first.
/// </summary>
internal static class MSBuildRegistration
{
    private static VisualStudioInstance? _instance;

    /// <summary>The SDK's folder (…/sdk/10.0.401/).</summary>
    public static string SdkPath => EnsureRegistered().MSBuildPath;

    /// <summary>The <c>dotnet</c> host of that SDK, for <c>dotnet restore</c>.</summary>
    public static string DotNetHost
    {
        get
        {
            var root = Directory.GetParent(Path.TrimEndingDirectorySeparator(SdkPath))?.Parent?.FullName;
            var host = root is null ? null : Path.Combine(root, System.OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
            return host is not null && File.Exists(host) ? host : "dotnet";
        }
    }

    public static VisualStudioInstance EnsureRegistered()
    {
        if (_instance is not null)
            return _instance;
        if (MSBuildLocator.IsRegistered)
            return _instance = MSBuildLocator.QueryVisualStudioInstances().First();
        var instances = MSBuildLocator.QueryVisualStudioInstances().OrderByDescending(i => i.Version).ToList();
        if (instances.Count == 0)
            throw new AuditInputException("no .NET SDK found; install one (https://dot.net) or set DOTNET_ROOT");
        MSBuildLocator.RegisterInstance(instances[0]);
        return _instance = instances[0];
    }
}
