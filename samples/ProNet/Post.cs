using ConsentGuard;

namespace ProNet;

/// <summary>
/// A public post. Its text may train the writing assistant, personalize the author's feed, help train the
/// moderation model and feed the word statistics: each only with the author's consent to that purpose.
/// </summary>
public sealed partial class Post
{
    public string Id { get; init; } = "";

    [DataSubject]
    public string AuthorId { get; init; } = "";

    [PersonalData(PersonalDataCategory.UserContent)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    [ConsentPurpose(Purposes.Personalization)]
    [ConsentPurpose(Purposes.ContentModeration)]
    [ConsentPurpose(Purposes.Analytics)]
    public string Text { get; init; } = "";

    /// <summary>The topic the author picked from a fixed list: not personal on its own.</summary>
    public string Topic { get; init; } = "";
}
