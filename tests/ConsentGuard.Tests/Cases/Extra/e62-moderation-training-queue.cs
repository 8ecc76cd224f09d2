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

[PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.ContentModeration)]
public sealed record ChatMessage(string SenderId, string ConversationId, string Text, DateTimeOffset SentAt);

public interface IModerationModel
{
    [ConsentSink(Purposes.ContentModeration)]
    Task TrainAsync(IReadOnlyList<ChatMessage> examples, System.Threading.CancellationToken ct = default);

    [ConsentSink(Purposes.ContentModeration)]
    void Label(string text, string label);
}

public class ModerationJob(IConsentProvider consent, IModerationModel model, ICorpus corpus)
{
    public Task Unchecked(IReadOnlyList<ChatMessage> batch) => model.TrainAsync({|CG0001:batch|});

    public async Task CheckedEach(IEnumerable<ChatMessage> messages, System.Threading.CancellationToken ct)
    {
        var consented = new List<ChatMessage>();
        foreach (var msg in messages)
        {
            if (!await consent.IsGrantedAsync(msg.SenderId, Purposes.ContentModeration, ct))
                continue;
            consented.Add(msg);
        }
        await model.TrainAsync(consented, ct);
    }

    public void Label(ChatMessage msg, string label)
    {
        if (consent.IsGranted(msg.SenderId, Purposes.ContentModeration))
            model.Label(msg.Text, label);
    }

    public void ConversationIsPersonalToo(ChatMessage msg) => model.Label({|CG0001:msg.ConversationId|}, "spam");

    public void LengthOnly(ChatMessage msg) => model.Label(msg.Text.Length.ToString(), "long");

    public void ToGenerativeCorpus(ChatMessage msg)
    {
        if (consent.IsGranted(msg.SenderId, Purposes.GenerativeTraining))
            corpus.Add({|CG0002:msg.Text|});
    }
}
