using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
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

public class Layer3(ICorpus corpus)
{
    public void Write(string text) => corpus.Add(text);
}

public class Layer2(Layer3 next)
{
    public void Forward(string text) => next.Write("[" + text + "]");
}

public class Layer1(Layer2 next)
{
    public void Send(string text) => next.Forward(text.Trim());

    public void SendConstant(string text) => next.Forward("constant");
}

public class Lookup
{
    private readonly Dictionary<string, Member> _members = new();
    private Member Find(string id) => _members[id];
    private string Head(string id) => Find(id).Headline;
    public string Line(string id) => "Headline: " + Head(id);
    public string Count(string id) => Find(id).Connections.ToString();
}

public class Job(IConsentProvider consent, Layer1 layer, Lookup lookup, ICorpus corpus)
{
    public void ThreeDeep(Member m) => layer.Send({|CG0001:m.Headline|});

    public void ThreeDeepChecked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            layer.Send(m.Headline);
    }

    public void ThreeDeepConstantInside(Member m) => layer.SendConstant(m.Headline);

    public void ThreeDeepWrongPurpose(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.Personalization))
            layer.Send({|CG0003:m.Headline|});
    }

    public void ReturnsThreeDeep(string id) => corpus.Add({|CG0001:lookup.Line(id)|});

    public void ReturnsPublic(string id) => corpus.Add(lookup.Count(id));
}
