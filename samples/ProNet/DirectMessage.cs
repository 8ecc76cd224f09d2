using ConsentGuard;

namespace ProNet;

/// <summary>
/// A private message between two members. It declares one purpose only: with the sender's consent it may help
/// train the moderation model (spam and harassment). Nothing else, and never generative training.
/// </summary>
public sealed partial class DirectMessage
{
    public string Id { get; init; } = "";

    [DataSubject]
    public string SenderId { get; init; } = "";

    /// <summary>The recipient is personal data of someone who consented to nothing here: it declares no purpose.</summary>
    [PersonalData(PersonalDataCategory.Identifier)]
    public string RecipientId { get; init; } = "";

    [PersonalData(PersonalDataCategory.UserContent)]
    [ConsentPurpose(Purposes.ContentModeration)]
    public string Text { get; init; } = "";
}
