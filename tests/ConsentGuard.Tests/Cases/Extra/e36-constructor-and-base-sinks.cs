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

public class TrainingExample
{
    [ConsentSink(Purposes.GenerativeTraining)]
    public TrainingExample(string prompt, string completion)
    {
        Prompt = prompt;
        Completion = completion;
    }

    public string Prompt { get; }
    public string Completion { get; }
}

public sealed class HeadlineExample : TrainingExample
{
    public HeadlineExample(string headline) : base("Write a headline", headline) { }
}

public sealed class MemberExample : TrainingExample
{
    public MemberExample(Member m) : base("Write a headline", {|CG0001:m.Headline|}) { }
}

public class Exporter(IConsentProvider consent)
{
    public TrainingExample Direct(Member m) => new TrainingExample("Write a headline", {|CG0001:m.Headline|});

    public TrainingExample TargetTyped(Member m)
    {
        TrainingExample e = new("Write a headline", {|CG0001:m.Headline|});
        return e;
    }

    public TrainingExample ThroughDerivedConstructor(Member m) => new HeadlineExample({|CG0001:m.Headline|});

    public TrainingExample Constant() => new HeadlineExample("Senior engineer at Contoso");

    public TrainingExample? Checked(Member m) =>
        consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? new HeadlineExample(m.Headline) : null;
}
