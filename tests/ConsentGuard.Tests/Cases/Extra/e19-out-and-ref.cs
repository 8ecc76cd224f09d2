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

public class Profiles
{
    private readonly Dictionary<string, Member> _byId = new();

    public bool TryGetHeadline(string id, out string headline)
    {
        if (_byId.TryGetValue(id, out var m))
        {
            headline = m.Headline;
            return true;
        }
        headline = "";
        return false;
    }

    public void Fill(Member m, ref string text) => text = m.Headline;

    public bool TryGetConnections(string id, out int connections)
    {
        connections = _byId.TryGetValue(id, out var m) ? m.Connections : 0;
        return connections > 0;
    }
}

public class Exporter(IConsentProvider consent, Profiles profiles, ICorpus corpus)
{
    public void Out(string id)
    {
        if (profiles.TryGetHeadline(id, out var h))
            corpus.Add({|CG0001:h|});
    }

    public void Ref(Member m)
    {
        var text = "";
        profiles.Fill(m, ref text);
        corpus.Add({|CG0001:text|});
    }

    public void LibraryOut(Member m)
    {
        var headlineById = new Dictionary<string, string>();
        headlineById[m.Id] = m.Headline;
        if (headlineById.TryGetValue(m.Id, out var h))
            corpus.Add({|CG0001:h|});
    }

    public void NonPersonalOut(string id)
    {
        if (profiles.TryGetConnections(id, out var n))
            corpus.Add(n.ToString());
    }

    public void CheckedOut(string id)
    {
        if (consent.IsGranted(id, Purposes.GenerativeTraining) && profiles.TryGetHeadline(id, out var h))
            corpus.Add(h);
    }
}
