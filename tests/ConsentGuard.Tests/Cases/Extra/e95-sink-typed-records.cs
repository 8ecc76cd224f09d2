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

[ConsentSink(Purposes.GenerativeTraining)]
public sealed record TrainingRow
{
    public string Prompt { get; init; } = "";
    public string Completion { get; init; } = "";
    public double Weight { get; init; } = 1;
}

public sealed class TrainingFile
{
    public string Name { get; set; } = "";
    public List<TrainingRow> Rows { get; } = new();
}

public class Exporter(IConsentProvider consent)
{
    private static readonly TrainingRow Template = new() { Prompt = "Write a LinkedIn headline" };

    public TrainingRow Init(Member m) => new() { Prompt = "Write a headline", Completion = {|CG0001:m.Headline|} };

    public TrainingRow With(Member m) => Template with { Completion = {|CG0001:m.Headline|} };

    public TrainingRow WeightOnly(Member m) => Template with { Weight = m.Connections / 100.0 };

    public TrainingFile Nested(Member m) => new TrainingFile
    {
        Name = "weekly",
        Rows = { new TrainingRow { Completion = {|CG0001:m.Headline|} } },
    };

    public TrainingFile NestedChecked(IEnumerable<Member> members)
    {
        var file = new TrainingFile { Name = "weekly" };
        foreach (var m in members)
        {
            if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) continue;
            file.Rows.Add(Template with { Completion = m.Headline });
        }
        return file;
    }

    public TrainingRow EmailChecked(Member m) =>
        consent.IsGranted(m.Id, Purposes.GenerativeTraining)
            ? new TrainingRow { Prompt = "Write an email", Completion = {|CG0002:m.Email|} }
            : Template;
}
