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

public sealed class Batch(ICorpus corpus)
{
    private readonly List<string> _pending = new();

    public void Enqueue(string text) => _pending.Add(text);

    public void Flush()
    {
        foreach (var text in _pending)
            corpus.Add(text);
        _pending.Clear();
    }
}

public class Exporter(IConsentProvider consent, ICorpus corpus)
{
    public void LazyValue(Member m)
    {
        var lazy = new Lazy<string>(() => m.Headline);
        corpus.Add({|CG0001:lazy.Value|});
    }

    public void TupleCreate(Member m)
    {
        var t = Tuple.Create(m.Headline, 1);
        corpus.Add({|CG0001:t.Item1|});
    }

    public void ObjectDictionaryCast(Member m)
    {
        var bag = new Dictionary<string, object> { ["h"] = m.Headline };
        corpus.Add({|CG0001:(string)bag["h"]|});
    }

    public void LocalIterator(Member m)
    {
        foreach (var line in Lines())
            corpus.Add({|CG0001:line|});

        IEnumerable<string> Lines()
        {
            yield return "header";
            yield return m.Headline;
        }
    }

    [ConsentExempt(Purposes.GenerativeTraining, Justification = "Synthetic seed data")]
    public void ExemptLocalFunctionOwner(Member m)
    {
        Local();

        void Local() => corpus.Add(m.Headline);
    }

}

[ConsentExempt(Purposes.GenerativeTraining, Justification = "Evaluation fixtures; DPIA-2025-05")]
public partial class Fixtures;

public partial class Fixtures(ICorpus corpus)
{
    public void Seed(Member m) => corpus.Add(m.Headline);
}
