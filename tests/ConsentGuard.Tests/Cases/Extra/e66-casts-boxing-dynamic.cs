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

public sealed class Post
{
    [DataSubject] public string AuthorId { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
    public string Body { get; set; } = "";
    public int Likes { get; set; }
}

public interface IRawSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void Write(object row);
}

public class Exporter(IConsentProvider consent, ICorpus corpus, IRawSink raw)
{
    public void PatternOnBoxed(Post p)
    {
        object payload = p.Body;
        if (payload is string s)
            corpus.Add({|CG0001:s|});
    }

    public void Interface(Member m)
    {
        IComparable<string> key = m.Headline;
        raw.Write({|CG0001:key|});
    }

    public void ObjectArray(Member m)
    {
        var row = new object[] { m.Connections, m.Headline };
        raw.Write({|CG0001:row|});
    }

    public void DynamicCall(Post p)
    {
        dynamic d = p.Body;
        corpus.Add({|CG0001:(string)d.ToUpperInvariant()|});
    }

    public void BoxedCount(Member m)
    {
        object o = m.Connections;
        raw.Write(o);
    }

    public void BoxedSubject(Post p) => raw.Write((object)p.AuthorId);

    public void CheckedBoxed(Post p)
    {
        if (consent.IsGranted(p.AuthorId, Purposes.GenerativeTraining))
            raw.Write((object)p.Body);
    }
}
