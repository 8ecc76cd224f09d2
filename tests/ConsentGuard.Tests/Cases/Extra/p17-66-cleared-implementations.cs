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

public interface IConsentedSource
{
    [return: ConsentCleared(Purposes.GenerativeTraining)] IEnumerable<string> Headlines();
}

public abstract class ConsentedBase
{
    [return: ConsentCleared(Purposes.GenerativeTraining)] public abstract string One(Member m);
}

public sealed class CarelessSource(List<Member> members) : IConsentedSource
{
    public IEnumerable<string> Headlines() => {|CG0001:members.Select(m => m.Headline)|};
}

public sealed class CarefulSource(List<Member> members, IConsentProvider consent) : IConsentedSource
{
    public IEnumerable<string> Headlines() =>
        members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(m => m.Headline);
}

public sealed class CarelessOverride : ConsentedBase
{
    public override string One(Member m) => {|CG0001:m.Headline|};
}

public class Job(CarelessSource source, ICorpus corpus)
{
    public void ThroughClass()
    {
        foreach (var h in source.Headlines())
            corpus.Add(h);
    }
}
