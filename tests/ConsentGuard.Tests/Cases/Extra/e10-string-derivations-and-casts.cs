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
    public void Plus(Member m) => corpus.Add({|CG0001:"Headline: " + m.Headline|});

    public void CompoundAssignment(Member m)
    {
        var text = "Profile:";
        text += m.Headline;
        corpus.Add({|CG0001:text|});
    }

    public void CharOfPersonal(Member m) => corpus.Add({|CG0001:m.Connections + ":" + m.Headline[0]|});

    public void Format(Member m) => corpus.Add({|CG0001:string.Format("{0} ({1})", m.Headline, m.Connections)|});

    public void Join(List<Member> ms) => corpus.Add({|CG0001:string.Join("\n", ms.Select(m => m.Headline))|});

    public void Concat(Member m) => corpus.Add({|CG0001:string.Concat("[", m.Headline, "]")|});

    public void FormatNonPersonal(Member m) => corpus.Add(string.Format("{0} connections", m.Connections));

    public void CheckedCompound(Member m)
    {
        var text = "Profile:";
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        text += m.Headline;
        corpus.Add(text);
    }

    public void CheckedJoin(List<Member> ms) =>
        corpus.Add(string.Join("\n", ms.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(m => m.Headline)));
}

public interface IRawSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void Write(object row);
}

public class CastExporter(IConsentProvider consent, ICorpus corpus, IRawSink raw)
{
    public void Boxed(Member m)
    {
        object o = m.Headline;
        raw.Write({|CG0001:o|});
    }

    public void Dynamic(Member m)
    {
        dynamic d = m.Headline;
        corpus.Add({|CG0001:(string)d|});
    }

    public void RoundTrip(Member m)
    {
        var o = (object)m.Headline;
        corpus.Add({|CG0001:(string)o|});
    }

    public void As(Member m)
    {
        object o = m.Headline;
        corpus.Add({|CG0001:o as string ?? ""|});
    }

    public void CheckedBoxed(Member m)
    {
        object o = m.Headline;
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            raw.Write(o);
    }
}
