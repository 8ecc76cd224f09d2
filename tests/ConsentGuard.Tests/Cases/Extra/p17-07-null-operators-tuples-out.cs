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

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    private string? _lastHeadline;

    public void CoalesceAssign(Member m)
    {
        string? s = null;
        s ??= m.Headline;
        corpus.Add({|CG0001:s|});
    }

    public void CoalesceAssignPublic(Member m)
    {
        string? s = null;
        s ??= m.Connections.ToString();
        corpus.Add(s);
    }

    public void NullConditional(Member? m) => corpus.Add({|CG0001:m?.Headline ?? ""|});

    public void NullConditionalChecked(Member? m)
    {
        if (m is not null && consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add(m?.Headline ?? "");
    }

    public void NamedTuple(Member m)
    {
        var t = (Text: m.Headline, Count: m.Connections);
        corpus.Add({|CG0001:t.Text|});
    }

    public void TupleDeconstruction(Member m)
    {
        var (h, n) = (m.Headline, m.Connections);
        corpus.Add({|CG0001:h|});
        corpus.Add(n.ToString());
    }

    private static bool TryHeadline(Member m, out string headline)
    {
        headline = m.Headline;
        return headline.Length > 0;
    }

    public void OutVar(Member m)
    {
        if (TryHeadline(m, out var h))
            corpus.Add({|CG0001:h|});
    }

    public void OutVarChecked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining) && TryHeadline(m, out var h))
            corpus.Add(h);
    }

    public void DictionaryTryGetValue(Member m)
    {
        var byId = new Dictionary<string, string> { [m.Id] = m.Headline };
        if (byId.TryGetValue(m.Id, out var value))
            corpus.Add({|CG0001:value|});
    }

    public void FieldCoalesceAssign(Member m)
    {
        _lastHeadline ??= m.Headline;
        corpus.Add({|CG0001:_lastHeadline|});
    }

    public void NullForgiving(Member? m) => corpus.Add({|CG0001:m!.Headline!|});
}
