namespace ConsentGuard.Tests.Infrastructure;

/// <summary>A fact about the shared acceptance cases: skipped, with where they would come from, when they are absent and not required.</summary>
public sealed class SharedCasesFactAttribute : FactAttribute
{
    public SharedCasesFactAttribute() => Skip = TestPaths.SharedCasesSkipReason!;
}

/// <summary>A theory over the shared acceptance cases: skipped, with where they would come from, when they are absent and not required.</summary>
public sealed class SharedCasesTheoryAttribute : TheoryAttribute
{
    public SharedCasesTheoryAttribute() => Skip = TestPaths.SharedCasesSkipReason!;
}
