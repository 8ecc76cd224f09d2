using ConsentGuard;

namespace ProNet;

/// <summary>
/// The member's privacy page. Every switch starts off: a new member has opted in to nothing, and turning one on
/// is what records a grant in the consent ledger (<see cref="Network.ConsentSeeder"/> does it for the demo members).
/// A switch that defaulted to on would be the silent opt-in of the seed story, and a build error (CG0004).
/// </summary>
public sealed class PrivacySettings
{
    public string MemberId { get; init; } = "";

    [ConsentSetting(Purposes.GenerativeTraining)]
    public bool UseMyDataToTrainTheWritingAssistant { get; set; }

    [ConsentSetting(Purposes.Personalization)]
    public bool PersonalizeMyFeed { get; set; }

    [ConsentSetting(Purposes.ContentModeration)]
    public bool HelpTrainTheModerationModel { get; set; }
}
