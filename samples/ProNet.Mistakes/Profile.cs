using ConsentGuard;

namespace ProNet.Mistakes;

/// <summary>A member's profile, declared as in samples/ProNet: the headline may train the assistant, with consent.</summary>
public sealed class Profile
{
    [DataSubject]
    public string MemberId { get; init; } = "";

    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    [ConsentPurpose(Purposes.Personalization)]
    public string Headline { get; init; } = "";
}

/// <summary>The writing assistant's fine-tuning corpus.</summary>
public sealed class TrainingCorpus
{
    [ConsentSink(Purposes.GenerativeTraining)]
    public void Add(string text) { }
}
