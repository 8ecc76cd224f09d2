namespace ConsentGuard.Runtime.Benchmarks;

/// <summary>A member as the sample declares one: the generator gives it <c>ForGenerativeTraining</c> and the streaming extension.</summary>
public sealed partial class BenchMember
{
    [DataSubject]
    public string Id { get; init; } = "";

    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    public string Headline { get; init; } = "";

    [PersonalData(PersonalDataCategory.Contact)]
    public string Email { get; init; } = "";
}
