using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using System.ComponentModel;
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

public class PrivacySettings
{
    [ConsentSetting(Purposes.GenerativeTraining)]
    public bool TrainOnMyPosts = {|CG0004:true|};

    [ConsentSetting(Purposes.Personalization)]
    public bool PersonalizeFeed { get; set; }

    [ConsentSetting(Purposes.Advertising), DefaultValue({|CG0004:true|})]
    public bool Ads { get; set; }

    [ConsentSetting(Purposes.Analytics)]
    public bool? Analytics { get; set; } = {|CG0004:true|};

    [ConsentSetting(Purposes.ModelTraining)]
    public bool ModelTraining { get; set; }

    [ConsentSetting(Purposes.ContentModeration)]
    public bool Moderation { get; set; } = false;

    [ConsentSetting(Purposes.ContentModeration), DefaultValue(false)]
    public bool ModerationAppeals { get; set; }

    public PrivacySettings()
    {
        this.ModelTraining = {|CG0004:true|};
        PersonalizeFeed = false;
    }

    public PrivacySettings(bool personalize) : this()
    {
        PersonalizeFeed = personalize;
    }

    public void OptIntoPersonalization() => PersonalizeFeed = true;
}

public class ExplicitChoice
{
    [ConsentSetting(Purposes.GenerativeTraining)]
    public bool UseForAi { get; init; }

    public static ExplicitChoice Granted() => new() { UseForAi = true };
}
