namespace ConsentGuard.Tests.Packaging;

/// <summary>
/// The test classes that consume the packed package share one pack of the solution (a minute of build) and one
/// isolated packages folder (the net8.0 targeting pack is restored into it once). xunit runs a collection's classes
/// one after the other, which is also what the consumer builds on a 2-core machine want.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackedSolutionCollection : ICollectionFixture<PackedSolutionFixture>
{
    public const string Name = "Packed solution";
}
