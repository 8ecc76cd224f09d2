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

public partial class DigestBuilder
{
    private readonly List<string> _lines = new();
    private string _subject = "";

    private string LastHeadline { get; set; } = "";

    public void Add(Member m)
    {
        _lines.Add(m.Headline);
        LastHeadline = m.Headline;
    }

    public void SetSubject(int updates) => _subject = $"{updates} updates this week";
}

public partial class DigestBuilder
{
    public void Publish(ICorpus corpus) => corpus.Add({|CG0001:string.Join("\n", _lines)|});

    public void PublishSubject(ICorpus corpus) => corpus.Add(_subject);

    public void PublishLast(ICorpus corpus) => corpus.Add({|CG0001:LastHeadline|});

    public void PublishCount(ICorpus corpus) => corpus.Add(_lines.Count.ToString());
}

public partial class ConsentedDigest(IConsentProvider consent)
{
    private readonly List<string> _lines = new();

    public void Add(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            _lines.Add(m.Headline);
    }
}

public partial class ConsentedDigest
{
    public void Publish(ICorpus corpus)
    {
        foreach (var line in _lines)
            corpus.Add(line);
    }
}
