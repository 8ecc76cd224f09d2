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
public interface IBatchSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void AddRange(IEnumerable<string> texts);
}

public sealed class Row
{
    public string Text { get; set; } = "";
    public int Weight { get; set; }
    public List<string> Tags { get; } = new();
}

public struct Cell
{
    public string Text;
}

public class Exporter(IConsentProvider consent, ICorpus corpus, IRawSink raw, IBatchSink batch)
{
    public void Property(Member m)
    {
        var row = new Row();
        row.Text = m.Headline;
        corpus.Add({|CG0001:row.Text|});
    }

    public void Initializer(Member m)
    {
        var row = new Row { Text = m.Headline, Weight = 1 };
        raw.Write({|CG0001:row|});
    }

    public void NestedCollection(Member m)
    {
        var row = new Row();
        row.Tags.Add(m.Headline);
        batch.AddRange({|CG0001:row.Tags|});
    }

    public void OtherMemberOfTheObject(Member m)
    {
        var row = new Row { Text = m.Headline, Weight = m.Connections };
        corpus.Add(row.Weight.ToString());
    }

    public void LocalStruct(Member m)
    {
        var cell = new Cell();
        cell.Text = m.Headline;
        corpus.Add({|CG0001:cell.Text|});
    }

    public void FilledUnderCheck(Member m)
    {
        var row = new Row { Weight = 1 };
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            row.Text = m.Headline;
        raw.Write(row);
    }
}
