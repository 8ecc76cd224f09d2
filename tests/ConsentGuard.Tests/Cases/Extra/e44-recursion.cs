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

public class Repo
{
    private readonly Dictionary<string, Member> _members = new();
    public Member Get(string id) => _members[id];
}

public class Chains(Repo repo, ICorpus corpus)
{
    public string Repeat(string id, int n) => n <= 0 ? repo.Get(id).Headline : Repeat(id, n - 1) + ".";

    public string Ping(string id, int n) => n <= 0 ? repo.Get(id).Headline : Pong(id, n - 1);

    public string Pong(string id, int n) => Ping(id, n) + "";

    public string Countdown(string id, int n) => n <= 0 ? repo.Get(id).Connections.ToString() : Countdown(id, n - 1);

    public void Send(string text, int n)
    {
        if (n > 0) Send(text + ".", n - 1);
        else corpus.Add(text);
    }
}

public class Job(Chains chains, ICorpus corpus)
{
    public void Direct(string id) => corpus.Add({|CG0001:chains.Repeat(id, 3)|});

    public void Mutual(string id) => corpus.Add({|CG0001:chains.Pong(id, 3)|});

    public void NonPersonal(string id) => corpus.Add(chains.Countdown(id, 3));

    public void RecursiveSink(Member m) => chains.Send({|CG0001:m.Headline|}, 3);
}
