using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ConsentGuard;

public partial class Profile
{
    [DataSubject] public string MemberId { get; init; } = "";
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; init; } = "";
    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    [ConsentPurpose(Purposes.Personalization)]
    public string Headline { get; init; } = "";
    [PersonalData(PersonalDataCategory.UserContent)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    public string About { get; init; } = "";
    public int Connections { get; init; }
}

public interface IBatchSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void AddRange(IEnumerable<string> texts);
}

public class Exporter(IConsentProvider consent, IBatchSink batch)
{
    public async Task AsyncLambdas(List<Profile> profiles)
    {
        var views = await Task.WhenAll(profiles.Select(async p => await p.ForGenerativeTrainingAsync(consent)));
        batch.AddRange(views.Where(v => v is not null).Select(v => v!.About));
    }

    public async Task AsTasks(List<Profile> profiles)
    {
        var views = await Task.WhenAll(profiles.Select(p => p.ForGenerativeTrainingAsync(consent).AsTask()));
        batch.AddRange(views.Where(v => v is not null).Select(v => v!.About));
    }

    public async Task Pair(Profile author, Profile reviewer)
    {
        var views = await Task.WhenAll(author.ForGenerativeTrainingAsync(consent).AsTask(), reviewer.ForGenerativeTrainingAsync(consent).AsTask());
        batch.AddRange(views.Select(v => v?.About ?? ""));
    }

    public async Task PairRaw(Profile author, Profile reviewer)
    {
        var abouts = await Task.WhenAll(Task.FromResult(author.About), Task.FromResult(reviewer.About));
        batch.AddRange({|CG0001:abouts|});
    }
}
