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

public interface IBatchSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void AddRange(IEnumerable<string> texts);
}

public class Exporter(IConsentProvider consent, IBatchSink batch)
{
    public void PromptList(Member m)
    {
        List<string> prompts = ["Summarize this headline:", m.Headline];
        batch.AddRange({|CG0001:prompts|});
    }

    public void ConsentedWithTrailer(List<Member> ms)
    {
        string[] lines = [.. ms.Where(x => consent.IsGranted(x.Id, Purposes.GenerativeTraining)).Select(x => x.Headline), "---"];
        batch.AddRange(lines);
    }

    public void ConsentedPlusOthers(List<Member> ms, List<Member> others)
    {
        var consented = ms.Where(x => consent.IsGranted(x.Id, Purposes.GenerativeTraining)).Select(x => x.Headline).ToList();
        batch.AddRange({|CG0001:[.. consented, .. others.Select(x => x.Headline)]|});
    }

    public void Stats(List<Member> ms)
    {
        IEnumerable<string> stats = [$"{ms.Count} members", .. ms.Select(x => x.Connections.ToString())];
        batch.AddRange(stats);
    }

    public void DictionaryAddInitializer(Member m)
    {
        var byId = new Dictionary<string, string> { { m.Id, m.Headline } };
        batch.AddRange({|CG0001:byId.Values|});
    }

    public void EmailSet(List<Member> ms)
    {
        HashSet<string> emails = [.. ms.Where(x => consent.IsGranted(x.Id, Purposes.GenerativeTraining)).Select(x => x.Email)];
        batch.AddRange({|CG0002:emails|});
    }
}
