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

[PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
public sealed record DirectMessage(string SenderId, string RecipientId, string Text, DateTimeOffset SentAt);

public interface IMessageArchive
{
    IAsyncEnumerable<DirectMessage> ReadAllAsync(System.Threading.CancellationToken ct = default);

    [return: ConsentCleared(Purposes.GenerativeTraining)]
    IAsyncEnumerable<DirectMessage> ReadConsentedAsync(System.Threading.CancellationToken ct = default);
}

public interface IFeed
{
    [ConsentSink(Purposes.Personalization)] void Rank(string signal);
}

public static class Redaction
{
    [Anonymizer]
    public static string MaskHandles(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"@\w+", "@user");
}

public class ConversationCorpusJob(IConsentProvider consent, IMessageArchive archive, ICorpus corpus, IFeed feed)
{
    public async Task FromConsentedArchive(System.Threading.CancellationToken ct)
    {
        await foreach (var dm in archive.ReadConsentedAsync(ct))
            corpus.Add($"{dm.SentAt:O}\t{dm.Text}");
    }

    public async Task ConsentedArchiveToFeed(System.Threading.CancellationToken ct)
    {
        await foreach (var dm in archive.ReadConsentedAsync(ct))
            feed.Rank({|CG0003:dm.Text|});
    }

    public async Task EveryMessage(System.Threading.CancellationToken ct)
    {
        await foreach (var dm in archive.ReadAllAsync(ct))
            corpus.Add({|CG0001:dm.Text|});
    }

    public async Task EveryMessageChecked(System.Threading.CancellationToken ct)
    {
        await foreach (var dm in archive.ReadAllAsync(ct))
        {
            if (!await consent.IsGrantedAsync(dm.SenderId, Purposes.GenerativeTraining, ct))
                continue;
            corpus.Add(Redaction.MaskHandles(dm.Text));
            corpus.Add(dm.Text);
        }
    }

    public async Task Masked(System.Threading.CancellationToken ct)
    {
        await foreach (var dm in archive.ReadAllAsync(ct))
            corpus.Add(Redaction.MaskHandles(dm.Text));
    }

    public async Task Volume(System.Threading.CancellationToken ct)
    {
        var perDay = new Dictionary<DateOnly, int>();
        await foreach (var dm in archive.ReadAllAsync(ct))
        {
            var day = DateOnly.FromDateTime(dm.SentAt.UtcDateTime);
            perDay[day] = perDay.GetValueOrDefault(day) + 1;
        }
        corpus.Add($"{perDay.Count} active days");
    }

    public async Task ThreadTranscripts(System.Threading.CancellationToken ct)
    {
        var threads = new Dictionary<string, System.Text.StringBuilder>();
        await foreach (var dm in archive.ReadAllAsync(ct))
        {
            if (!threads.TryGetValue(dm.RecipientId, out var sb))
                threads[dm.RecipientId] = sb = new System.Text.StringBuilder();
            sb.AppendLine(dm.Text);
        }
        foreach (var sb in threads.Values)
            corpus.Add({|CG0001:sb.ToString()|});
    }
}
