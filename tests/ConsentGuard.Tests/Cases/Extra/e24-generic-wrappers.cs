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

public sealed class Box<T>(T value)
{
    public T Value { get; } = value;
}

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    public void SourceGeneric(Member m)
    {
        var b = new Box<string>(m.Headline);
        corpus.Add({|CG0001:b.Value|});
    }

    public void Lazy(Member m)
    {
        var l = new Lazy<string>(() => m.Headline);
        corpus.Add({|CG0001:l.Value|});
    }

    public void KeyValue(Member m)
    {
        var kv = KeyValuePair.Create(m.Id, m.Headline);
        corpus.Add({|CG0001:kv.Value|});
    }

    public void NonPersonalBox(Member m)
    {
        var b = new Box<int>(m.Connections);
        corpus.Add(b.Value.ToString());
    }

    public void Checked(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        var b = new Box<string>(m.Headline);
        corpus.Add(b.Value);
    }
}
