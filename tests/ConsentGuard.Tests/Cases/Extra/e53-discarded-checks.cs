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

public class Gate(IConsentProvider consent)
{
    [ConsentCheck(Purposes.GenerativeTraining)]
    public void Demand([DataSubject] string id)
    {
        if (!consent.IsGranted(id, Purposes.GenerativeTraining)) throw new UnauthorizedAccessException();
    }
}

public class Exporter(IConsentProvider consent, Gate gate)
{
    public void ExplicitDiscard(Member m)
    {
        _ = {|CG0007:consent.IsGranted(m.Id, Purposes.GenerativeTraining)|};
    }

    public void NotAwaited(Member m)
    {
        {|CG0007:consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining)|};
    }

    public async Task AwaitedButDiscarded(Member m)
    {
        await {|CG0007:consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining)|};
    }

    public void NullConditionalDiscard(Member m, IConsentProvider? optional)
    {
        {|CG0007:optional?.IsGranted(m.Id, Purposes.GenerativeTraining)|};
    }

    public void ExpressionBodiedVoid(Member m) => {|CG0007:consent.IsGranted(m.Id, Purposes.GenerativeTraining)|};

    public void InExpressionLambda(List<Member> ms) => ms.ForEach(m => {|CG0007:consent.IsGranted(m.Id, Purposes.GenerativeTraining)|});

    public void Used(Member m)
    {
        var ok = consent.IsGranted(m.Id, Purposes.GenerativeTraining);
        Console.WriteLine(ok);
    }

    public bool Returned(Member m) => consent.IsGranted(m.Id, Purposes.GenerativeTraining);

    public Func<Member, bool> AsPredicate() => m => consent.IsGranted(m.Id, Purposes.GenerativeTraining);

    public void VoidCheckIsNotDiscarded(Member m) => gate.Demand(m.Id);
}
