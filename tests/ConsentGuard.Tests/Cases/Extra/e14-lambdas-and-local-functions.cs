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

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    public void Lambda(Member m)
    {
        Func<string> text = () => m.Headline;
        corpus.Add({|CG0001:text()|});
    }

    public void LambdaWithParameter(Member m)
    {
        Func<string, string> quote = s => "> " + s;
        corpus.Add({|CG0001:quote(m.Headline)|});
    }

    public void LocalFunction(Member m)
    {
        string Text() => "> " + m.Headline;
        corpus.Add({|CG0001:Text()|});
    }

    public void StaticLocalFunction(Member m)
    {
        static string Quote(string s) => $"\"{s}\"";
        corpus.Add({|CG0001:Quote(m.Headline)|});
    }

    public void SinkInsideLambda(List<Member> ms) => ms.ForEach(m => corpus.Add({|CG0001:m.Headline|}));

    public void CheckInsideLambda(List<Member> ms) => ms.ForEach(m =>
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add(m.Headline);
    });

    public void LambdaCreatedAfterCheck(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        Action send = () => corpus.Add(m.Headline);
        send();
    }
}
