using System;
using System.Collections.Generic;
using System.Linq;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
    [PersonalData(PersonalDataCategory.Professional)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    public string Headline { get; set; } = "";
    public int Connections { get; set; }
    public Member? Manager { get; set; }
    public List<Member> Friends { get; set; } = new();
    public Plan Plan { get; set; } = new();
}

public class Plan
{
    public string Name { get; set; } = "free";
    public decimal Price { get; set; }
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

public class Exporter(ICorpus corpus)
{
    public void ManagerCount(Member m) => corpus.Add((m.Manager?.Connections ?? 0).ToString());

    public void ManagerHeadline(Member m) => corpus.Add({|CG0001:m.Manager?.Headline ?? ""|});

    public void FriendsCount(Member m) => corpus.Add(m.Friends.Count.ToString());

    public void FriendsConnections(Member m) => corpus.Add(string.Join(",", m.Friends.Select(f => f.Connections)));

    public void FirstFriendConnections(Member m) => corpus.Add(m.Friends[0].Connections.ToString());

    public void FriendsHeadlines(Member m) => corpus.Add({|CG0001:string.Join(",", m.Friends.Select(f => f.Headline))|});

    public void PlanName(Member m) => corpus.Add(m.Plan.Name);

    public void PlanPrice(Member m) => corpus.Add(m.Plan.Price.ToString("0.00"));

    public void TopFriendByConnections(Member m) =>
        corpus.Add(m.Friends.OrderByDescending(f => f.Connections).Select(f => f.Connections).FirstOrDefault().ToString());
}
