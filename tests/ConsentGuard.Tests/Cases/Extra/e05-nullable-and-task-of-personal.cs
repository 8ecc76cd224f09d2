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

[PersonalData(PersonalDataCategory.Location), ConsentPurpose(Purposes.GenerativeTraining)]
public readonly record struct GeoPoint(double Lat, double Lon);

public interface IRawSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void Write(object? row);
}

public interface ILocationStore
{
    Task<GeoPoint> LastAsync(string memberId);
    GeoPoint? Home(string memberId);
}

public class Exporter(IConsentProvider consent, ILocationStore store, IRawSink sink)
{
    public void Nullable(string id) => sink.Write({|CG0001:store.Home(id)|});

    public async Task Awaited(string id) => sink.Write({|CG0001:await store.LastAsync(id)|});

    public void TaskItself(string id) => sink.Write({|CG0001:store.LastAsync(id)|});

    public void Coordinate(string id)
    {
        if (store.Home(id) is { } p)
            sink.Write({|CG0001:p.Lat|});
    }

    public void Checked(string id)
    {
        if (consent.IsGranted(id, Purposes.GenerativeTraining) && store.Home(id) is { } p)
            sink.Write(p);
    }
}
