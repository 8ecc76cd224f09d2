using ConsentGuard;

[assembly: DefinePurpose("FraudDetection", Description = "Detecting fake accounts and account take-overs")]

namespace ProNet;

/// <summary>A member of the network. Everything personal may personalize their own feed once they agree.</summary>
[ConsentPurpose(Purposes.Personalization)]
public sealed partial class Member
{
    [DataSubject]
    public string Id { get; init; } = "";

    [PersonalData(PersonalDataCategory.Identifier)]
    public string Name { get; init; } = "";

    [PersonalData(PersonalDataCategory.Contact)]
    [ConsentPurpose("FraudDetection")]
    public string Email { get; init; } = "";

    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    public string Headline { get; init; } = "";

    [PersonalData(PersonalDataCategory.Location)]
    public string City { get; init; } = "";

    /// <summary>ISO 3166-1 country of residence; also where the policies look for the member's jurisdiction.</summary>
    [PersonalData(PersonalDataCategory.Location)]
    public string Country { get; init; } = "";

    public int Connections { get; init; }
}
