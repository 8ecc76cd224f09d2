using System.ComponentModel;
using System.Runtime.CompilerServices;
using ConsentGuard;

// Reading chosen: a [ConsentSetting] property whose backing field is initialized to true defaults to granted just
// like a property initializer (SPEC §3 "must not default to granted"); reported at that `true`.

public sealed record SignupChoices(
    [property: ConsentSetting(Purposes.GenerativeTraining)] bool AllowAiTraining = {|CG0004:true|},
    [property: ConsentSetting(Purposes.Personalization)] bool PersonalizedFeed = false,
    bool DarkMode = true);

public struct DeviceSettings
{
    [ConsentSetting(Purposes.Analytics)] public bool ShareUsage = {|CG0004:true|};
    [ConsentSetting(Purposes.Advertising)] public bool AdTracking = false;
    public bool Notifications = true;

    public DeviceSettings() { }
}

public sealed class PrivacyViewModel : INotifyPropertyChanged
{
    private bool _personalize = {|CG0004:true|};
    private bool _train;
    private bool _notifications = true;

    public event PropertyChangedEventHandler? PropertyChanged;

    [ConsentSetting(Purposes.Personalization)]
    public bool Personalize
    {
        get => _personalize;
        set { _personalize = value; OnChanged(); }
    }

    [ConsentSetting(Purposes.GenerativeTraining)]
    public bool TrainOnMyPosts
    {
        get => _train;
        set { _train = value; OnChanged(); }
    }

    public bool Notifications
    {
        get => _notifications;
        set { _notifications = value; OnChanged(); }
    }

    private void OnChanged([CallerMemberName] string? name = null) => PropertyChanged?.Invoke(this, new PropertyChangedEventArgs(name));
}
