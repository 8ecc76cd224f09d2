using System.Collections.Generic;
using ConsentGuard;

public record {|CG0006:Subscriber|}([property: DataSubject] string Id,
    [PersonalData(PersonalDataCategory.Contact), ConsentPurpose(Purposes.Advertising)] string Email);

public partial class {|CG0006:Device|}
{
    [PersonalData(PersonalDataCategory.Location), ConsentPurpose(Purposes.Analytics)] public string LastSeenAt { get; set; } = "";
}

public struct {|CG0006:Heartbeat|}
{
    [DataSubject] public string Who { get; set; }
    [PersonalData(PersonalDataCategory.Health), ConsentPurpose(Purposes.Personalization)] public int Bpm { get; set; }
}

public partial class Shell
{
    public class {|CG0006:Nested|}
    {
        [DataSubject] public string Id { get; set; } = "";
        [PersonalData, ConsentPurpose(Purposes.Analytics)] public string Path { get; set; } = "";
    }
}

public partial record Listener([property: DataSubject] string Id,
    [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.Personalization)] string Taste);

public partial class Draft
{
    [PersonalData(PersonalDataCategory.UserContent)] public string Text { get; set; } = "";
}

public class Plain
{
    public string Name { get; set; } = "";
}
