using Microsoft.CodeAnalysis.Testing;

namespace ConsentGuard.Tests.Governance;

/// <summary>A <c>.globalconfig</c> for a Microsoft.CodeAnalysis.Testing test: ConsentGuard's adoption settings are read from it.</summary>
internal static class GlobalConfig
{
    /// <summary>The reference date every expiry test judges on, so no test depends on the calendar.</summary>
    public const string ReferenceDate = "2027-03-15";

    public static void Add(ProjectState state, params string[] lines) =>
        state.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + string.Join("\n", lines) + "\n"));

    public static string ReferenceDateLine => "consentguard.reference_date = " + ReferenceDate;
}
