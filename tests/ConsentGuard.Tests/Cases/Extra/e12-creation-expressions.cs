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

public interface IRawSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void Write(object row);
}

public class Exporter(IConsentProvider consent, ICorpus corpus, IRawSink raw)
{
    public void Anonymous(Member m) => raw.Write({|CG0001:new { Prompt = "Write a headline", Completion = m.Headline }|});

    public void Tuple(Member m) => raw.Write({|CG0001:(Prompt: "Write a headline", Completion: m.Headline)|});

    public void TupleElement(Member m)
    {
        var pair = (Label: "x", Text: m.Headline);
        corpus.Add({|CG0001:pair.Text|});
    }

    public void AnonymousMember(Member m)
    {
        var row = new { Text = m.Headline, Weight = 1 };
        corpus.Add({|CG0001:row.Text|});
    }

    public void NonPersonal(Member m) => raw.Write(new { m.Connections, Kind = "stats" });

    public void Checked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            raw.Write(new { m.Headline, m.Connections });
    }
}

public interface IBatchSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void AddRange(IEnumerable<string> texts);
}

public class CollectionExporter(IConsentProvider consent, IBatchSink batch, IRawSink raw)
{
    public void ArrayCreation(Member m) => batch.AddRange({|CG0001:new[] { "Profile", m.Headline }|});

    public void ListInitializer(Member m) => batch.AddRange({|CG0001:new List<string> { m.Headline }|});

    public void CollectionExpression(Member m) => batch.AddRange({|CG0001:[m.Headline, "end"]|});

    public void Spread(List<Member> ms) => batch.AddRange({|CG0001:[.. ms.Select(m => m.Headline)]|});

    public void DictionaryInitializer(Member m) => raw.Write({|CG0001:new Dictionary<string, string> { ["headline"] = m.Headline }|});

    public void NonPersonal(List<Member> ms) => batch.AddRange([.. ms.Select(m => m.Connections.ToString())]);

    public void CheckedArray(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            batch.AddRange(new[] { m.Headline });
    }
}
