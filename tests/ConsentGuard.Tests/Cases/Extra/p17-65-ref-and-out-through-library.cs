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

public class Profile
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.Demographic), ConsentPurpose(Purposes.GenerativeTraining)] public string Age { get; set; } = "";
}

public class Exporter(ICorpus corpus)
{
    private string _last = "";
    private string? _latest;

    public void RememberInterlocked(Member m) => Interlocked.Exchange(ref _last, m.Headline);
    public void FlushInterlocked() => corpus.Add({|CG0001:_last|});

    public void RememberVolatile(Member m) => Volatile.Write(ref _latest, m.Headline);
    public void FlushVolatile() => corpus.Add({|CG0001:_latest ?? ""|});

    public void TryParseOut(Profile p)
    {
        if (int.TryParse(p.Age, out var age))
            corpus.Add({|CG0001:age.ToString()|});
    }

    public void LocalInterlocked(Member m)
    {
        string slot = "";
        Interlocked.Exchange(ref slot, m.Headline);
        corpus.Add({|CG0001:slot|});
    }
}
