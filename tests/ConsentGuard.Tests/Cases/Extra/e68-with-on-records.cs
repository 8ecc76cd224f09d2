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

public sealed record TrainingExample(string Prompt, string Completion, int Weight);

public sealed record Draft(
    [property: DataSubject] string AuthorId,
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)] string Text,
    string Language);

public interface IExampleSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void Write(TrainingExample example);
    [ConsentSink(Purposes.GenerativeTraining)] void WriteDraft(Draft draft);
}

public class Exporter(IConsentProvider consent, ICorpus corpus, IExampleSink sink)
{
    private static readonly TrainingExample Template = new("Write a headline", "", 1);

    public void CompletionFromMember(Member m) => sink.Write({|CG0001:Template with { Completion = m.Headline }|});

    public void WeightFromMember(Member m) => sink.Write(Template with { Weight = m.Connections });

    public void CopyKeepsText(Draft draft)
    {
        var english = draft with { Language = "en" };
        corpus.Add({|CG0001:english.Text|});
        corpus.Add(english.Language);
    }

    public void WholeDraft(Draft draft) => sink.WriteDraft({|CG0001:draft|});

    public void Checked(Draft draft)
    {
        if (!consent.IsGranted(draft.AuthorId, Purposes.GenerativeTraining)) return;
        var english = draft with { Language = "en" };
        corpus.Add(english.Text);
        sink.WriteDraft(english);
    }

    public void CheckedCompletion(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            sink.Write(Template with { Completion = m.Headline, Weight = 2 });
    }
}
