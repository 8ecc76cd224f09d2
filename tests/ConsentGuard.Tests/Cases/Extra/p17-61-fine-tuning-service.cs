using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard;

namespace Acme.Training;

public sealed partial record Author
{
    [DataSubject] public required string Id { get; init; }
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; init; } = "";
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
    public string Bio { get; init; } = "";
}

public sealed record Article(string Id, string AuthorId, string Title, string Body);

public interface IArticleStore
{
    IAsyncEnumerable<Article> ListAsync(CancellationToken ct);
    Task<Author?> FindAuthorAsync(string id, CancellationToken ct);
}

public interface IFineTuneUploader
{
    [ConsentSink(Purposes.GenerativeTraining)]
    Task UploadAsync(string jsonl, CancellationToken ct);
}

public sealed class FineTuneJob(IArticleStore store, IConsentProvider consent, IFineTuneUploader uploader)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var lines = new List<string>();
        await foreach (var article in store.ListAsync(ct))
        {
            var author = await store.FindAuthorAsync(article.AuthorId, ct);
            if (author is null) continue;
            if (author.ForGenerativeTraining(consent) is not { } view) continue;
            lines.Add(ToLine(article.Title, view.Bio));
        }
        await uploader.UploadAsync(string.Join("\n", lines), ct);
    }

    public async Task RunCarelessAsync(CancellationToken ct)
    {
        var sb = new StringBuilder();
        await foreach (var article in store.ListAsync(ct))
        {
            var author = await store.FindAuthorAsync(article.AuthorId, ct);
            sb.AppendLine(ToLine(article.Title, author?.Bio ?? ""));
        }
        await uploader.UploadAsync({|CG0001:sb.ToString()|}, ct);
    }

    public async Task RunWithContactAsync(CancellationToken ct)
    {
        var lines = new List<string>();
        await foreach (var article in store.ListAsync(ct))
        {
            var author = await store.FindAuthorAsync(article.AuthorId, ct);
            if (author is null || !await consent.IsGrantedAsync(author.Id, Purposes.GenerativeTraining, ct)) continue;
            lines.Add(ToLine(article.Title, $"{author.Bio} ({author.Email})"));
        }
        await uploader.UploadAsync({|CG0002:string.Join("\n", lines)|}, ct);
    }

    public async Task RunArticlesOnlyAsync(CancellationToken ct)
    {
        var lines = new List<string>();
        await foreach (var article in store.ListAsync(ct))
            lines.Add(ToLine(article.Title, article.Body));
        await uploader.UploadAsync(string.Join("\n", lines), ct);
    }

    private static string ToLine(string prompt, string completion) =>
        "{\"prompt\":\"" + prompt + "\",\"completion\":\"" + completion + "\"}";
}
