namespace ConsentGuard.Cli.Tests.EndToEnd;

/// <summary>
/// The end-to-end tests run one after the other: each CLI run starts MSBuild build hosts and may restore
/// the same referenced projects, and two cores are better spent on one audit at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection
{
    public const string Name = "consentguard CLI end to end";
}
