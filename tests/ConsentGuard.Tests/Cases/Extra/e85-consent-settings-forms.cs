using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    [ConsentPurpose(Purposes.Personalization)]
    public string Headline { get; set; } = "";
    public int Connections { get; set; }
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

// Reading chosen: "defaults to granted" also covers a constant that is true (`const bool`), reported at the
// initializer value; assigning true in a method the user calls is a choice, not a default.

public static class Defaults
{
    public const bool OptedIn = true;
    public const bool OptedOut = false;
}

public sealed class NotificationPreferences
{
    [ConsentSetting(Purposes.Personalization)]
    public bool TailorMyFeed { get; set; } = {|CG0004:Defaults.OptedIn|};

    [ConsentSetting(Purposes.GenerativeTraining)]
    public bool TrainOnMyPosts;

    [ConsentSetting(Purposes.Analytics)]
    public bool? ShareUsage { get; set; }

    [ConsentSetting(Purposes.Advertising)]
    public bool PersonalizedAds { get; set; } = Defaults.OptedOut;

    [ConsentSetting(Purposes.ContentModeration)]
    [System.ComponentModel.DefaultValue({|CG0004:true|})]
    public bool ScanMyMessages { get; set; }

    public NotificationPreferences()
    {
        TrainOnMyPosts = {|CG0004:true|};
        ShareUsage = null;
    }

    public void OptIntoTraining() => TrainOnMyPosts = true;
}

public record struct MessagingChoices
{
    [ConsentSetting(Purposes.ContentModeration)]
    public bool ScanAttachments { get; init; }

    [ConsentSetting(Purposes.Personalization)]
    public bool SmartReplies { get; init; }

    public MessagingChoices()
    {
        ScanAttachments = {|CG0004:true|};
        SmartReplies = false;
    }
}

public sealed class OnboardingForm
{
    [ConsentSetting(Purposes.GenerativeTraining)]
    public bool AllowAiTraining { get; set; }

    public static OnboardingForm FromAnswer(bool answer) => new() { AllowAiTraining = answer };
}
