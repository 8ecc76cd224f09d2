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
public class PromptRecord
{
    public string Text { get; set; } = "";
    public string Label { get; init; } = "";
    public string Upper => Text.ToUpperInvariant();

    internal void Debug(string note) { }

    public static PromptRecord Create(string text) => new() { Text = text };
}

public class Exporter(IConsentProvider consent)
{
    public void Setter(Member m, PromptRecord r) => r.Text = {|CG0001:m.Headline|};

    public PromptRecord Init(Member m) => new PromptRecord { Label = {|CG0001:m.Headline|} };

    public PromptRecord StaticFactory(Member m) => PromptRecord.Create({|CG0001:m.Headline|});

    public void InternalMethodIsNoSink(Member m, PromptRecord r) => r.Debug(m.Headline);

    public void Checked(Member m, PromptRecord r)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            r.Text = m.Headline;
    }
}
