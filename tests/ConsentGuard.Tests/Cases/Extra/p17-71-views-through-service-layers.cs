using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard;

public partial class Profile
{
    [DataSubject] public string Id { get; init; } = "";
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
    public string About { get; init; } = "";
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

public class ProfileService(IConsentProvider consent)
{
    public async Task<Profile.GenerativeTrainingView?> LoadViewAsync(Profile p, CancellationToken ct) =>
        await p.ForGenerativeTrainingAsync(consent, ct);

    public async Task<string?> LoadAboutAsync(Profile p, CancellationToken ct) =>
        (await p.ForGenerativeTrainingAsync(consent, ct))?.About;

    public Task<string> LoadRawAsync(Profile p) => Task.FromResult(p.About);
}

public class Exporter(ProfileService service, ICorpus corpus)
{
    public async Task ViewFromService(Profile p, CancellationToken ct)
    {
        var view = await service.LoadViewAsync(p, ct);
        if (view is not null)
            corpus.Add(view.About);
    }

    public async Task AboutFromService(Profile p, CancellationToken ct)
    {
        if (await service.LoadAboutAsync(p, ct) is { } about)
            corpus.Add(about);
    }

    public async Task RawFromService(Profile p) => corpus.Add({|CG0001:await service.LoadRawAsync(p)|});
}
