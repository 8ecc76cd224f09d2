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

public sealed class FineTuneRow
{
    public FineTuneRow() { }

    [ConsentSink(Purposes.GenerativeTraining)]
    public FineTuneRow(string prompt, string completion)
    {
        Prompt = prompt;
        Completion = completion;
    }

    public string Prompt { get; } = "";
    public string Completion { get; } = "";
}

public sealed class PromptStore
{
    private readonly Dictionary<string, string> _prompts = new();

    [ConsentSink(Purposes.GenerativeTraining)]
    public string this[string key]
    {
        get => _prompts[key];
        set => _prompts[key] = value;
    }
}

public class Exporter(IConsentProvider consent, PromptStore store, ICorpus corpus)
{
    public FineTuneRow Unchecked(Member m) => new FineTuneRow("Write a headline", {|CG0001:m.Headline|});

    public FineTuneRow Empty(Member m) => new FineTuneRow();

    public FineTuneRow TargetTypedEmail(Member m)
    {
        FineTuneRow row = new("Write an email", {|CG0002:m.Email|});
        return row;
    }

    public FineTuneRow? Checked(Member m) =>
        consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? new FineTuneRow("Write a headline", m.Headline) : null;

    public void StoreUnchecked(Member m) => store[m.Id] = {|CG0001:m.Headline|};

    public void StoreChecked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            store[m.Id] = m.Headline;
    }

    public void StoreCount(Member m) => store[m.Id] = m.Connections.ToString();

    public void ReadBack(Member m) => corpus.Add(store[m.Id]);
}
