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

public class Level3(ICorpus corpus)
{
    public void Push(string payload) => corpus.Add(payload.Trim());
}

public class Level2(Level3 next)
{
    public void Forward(string body)
    {
        var framed = $"<s>{body}</s>";
        next.Push(framed);
    }
}

public class Level1(Level2 next)
{
    public void Send(string label, string text)
    {
        Console.WriteLine(label);
        next.Forward(text);
    }
}

public class Logger
{
    public void Log(string text) => Console.WriteLine(text.Length);
}

public class Job(IConsentProvider consent, Level1 l1, Logger log)
{
    public void Deep(Member m) => l1.Send(m.Email, {|CG0001:m.Headline|});

    public void DeepChecked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            l1.Send("headline", m.Headline);
    }

    public void DeepUndeclared(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            l1.Send("email", {|CG0002:m.Email|});
    }

    public void NotASink(Member m) => log.Log(m.Headline);
}
