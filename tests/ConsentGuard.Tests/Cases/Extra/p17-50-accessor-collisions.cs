using System.Collections.Generic;
using ConsentGuard;

public partial class {|CG0011:Profile|}
{
    [DataSubject] public string Id { get; set; } = "";

    [PersonalData, ConsentPurpose(Purposes.Analytics), ConsentPurpose(Purposes.Personalization)]
    public string Topic { get; set; } = "";

    public string ForAnalytics() => "summary";
}

public partial record {|CG0011:Reader|}
{
    [DataSubject] public string Id { get; init; } = "";

    [PersonalData, ConsentPurpose(Purposes.Personalization)]
    public string Taste { get; init; } = "";

    public sealed class PersonalizationView { }
}

public partial class {|CG0011:Odd|}
{
    [DataSubject] public string Id { get; set; } = "";

    [PersonalData, ConsentPurpose(Purposes.Analytics)]
    public new string ToString { get; set; } = "";
}

public static class WriterConsentExtensions { }

public partial class {|CG0011:Writer|}
{
    [DataSubject] public string Id { get; set; } = "";

    [PersonalData, ConsentPurpose(Purposes.Personalization)]
    public string Voice { get; set; } = "";
}

public class Uses(IConsentProvider consent)
{
    public string? Personalized(Profile p) => p.ForPersonalization(consent)?.Topic;

    public string? WriterView(Writer w) => w.ForPersonalization(consent)?.Voice;
}
