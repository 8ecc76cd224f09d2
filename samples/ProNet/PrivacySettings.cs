using ConsentGuard;

namespace ProNet;

/// <summary>
/// The member's privacy page. Every consent switch starts off: a new member has opted in to nothing, and turning one on
/// is what records a grant in the consent ledger (<see cref="Network.ConsentSeeder"/> does it for the demo members).
/// A consent switch that defaulted to on would be the silent opt-in of the seed story, and a build error (CG0004).
/// The generative-training switch is different: that purpose rests on legitimate interest (LegalBases.cs), so the switch
/// is the member's objection, on until they turn it off, and turning it off records an objection (<c>pronet object</c>).
/// Where consent is required instead (Brazil), turning it on is what records the grant.
/// </summary>
public sealed class PrivacySettings
{
    public string MemberId { get; init; } = "";

    [ConsentSetting(Purposes.GenerativeTraining)]
    public bool UseMyDataToTrainTheWritingAssistant { get; set; } = true;

    [ConsentSetting(Purposes.Personalization)]
    public bool PersonalizeMyFeed { get; set; }

    [ConsentSetting(Purposes.ContentModeration)]
    public bool HelpTrainTheModerationModel { get; set; }
}
