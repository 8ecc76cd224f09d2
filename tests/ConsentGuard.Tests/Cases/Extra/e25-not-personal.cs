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

public class Exporter(ICorpus corpus)
{
    public void Run(Member m, List<Member> ms, Member[] arr)
    {
        corpus.Add(m.Headline.Length.ToString());
        corpus.Add(ms.Count.ToString());
        corpus.Add(arr.Length.ToString());
        corpus.Add(string.IsNullOrWhiteSpace(m.Email) ? "missing" : "present");
        corpus.Add(m.Email.EndsWith(".edu", StringComparison.Ordinal).ToString());
        corpus.Add((m.Email == "admin@example.com").ToString());
        corpus.Add(m.Headline.Split(' ').Length.ToString());
        corpus.Add(ms.Select(x => x.Headline).Count().ToString());
        corpus.Add(m.Connections.ToString("N0"));
        corpus.Add(m.Id);
        corpus.Add(nameof(m.Email));
    }
}
