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

public class PropertyBuffer(ICorpus corpus)
{
    private string Last { get; set; } = "";

    public void Remember(Member m) => Last = m.Headline;

    public void Flush() => corpus.Add({|CG0001:Last|});
}

public class InitializerBuffer(ICorpus corpus, Member owner)
{
    private readonly string _headline = owner.Headline;

    public void Flush() => corpus.Add({|CG0001:_headline|});
}

public class StaticBuffer(ICorpus corpus)
{
    private static readonly Dictionary<string, string> s_cache = new();

    public static void Remember(Member m) => s_cache[m.Id] = m.Headline;

    public void Flush(string id) => corpus.Add({|CG0001:s_cache[id]|});
}

public class CounterBuffer(ICorpus corpus)
{
    private int _total;
    private string _label = "none";

    public void Count(Member m)
    {
        _total += m.Connections;
        _label = "counted";
    }

    public void Flush() => corpus.Add(_label + _total);
}

public class OutBuffer(ICorpus corpus)
{
    private string _copy = "";

    public void Remember(Member m) => Copy(m.Headline, out _copy);

    private static void Copy(string from, out string to) => to = from.Trim();

    public void Flush() => corpus.Add({|CG0001:_copy|});
}

public class CheckedScalarBuffer(IConsentProvider consent, ICorpus corpus)
{
    private string? _last;

    public void Remember(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            _last = m.Headline;
    }

    public void Flush()
    {
        if (_last is not null)
            corpus.Add(_last);
    }
}

public class ExposedBuffer(ICorpus corpus)
{
    private readonly List<string> _seen = new();

    public void Remember(Member m) => _seen.Add(m.Headline);

    public IReadOnlyList<string> Seen => _seen;

    public void Flush() => corpus.Add({|CG0001:string.Join(",", Seen)|});
}
