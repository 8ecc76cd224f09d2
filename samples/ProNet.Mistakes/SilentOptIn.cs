using ConsentGuard;

namespace ProNet.Mistakes;

/// <summary>The seed story: a new switch, on for everyone who never saw it.</summary>
public sealed class PrivacySettings
{
    [ConsentSetting(Purposes.GenerativeTraining)]
    public bool UseMyDataToTrainTheWritingAssistant { get; set; } = true; // mistake: silent opt-in (CG0004)
}
