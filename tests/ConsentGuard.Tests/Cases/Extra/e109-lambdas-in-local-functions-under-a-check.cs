using System;
using System.Collections.Generic;
using System.Linq;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    [ConsentPurpose(Purposes.Personalization)]
    public string Headline { get; set; } = "";
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

// A local function called only under a check runs only after consent; so do the lambdas inside it.
public class Emitter(IConsentProvider consent, ICorpus corpus, List<string> tags)
{
    public void UnderCheck(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) Emit();
        void Emit() => tags.ForEach(_ => corpus.Add(m.Headline));
    }

    public void NestedLambdas(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        Emit();
        void Emit() => tags.ForEach(_ => tags.Select(t => t).ToList().ForEach(__ => corpus.Add(m.Headline)));
    }

    public void AlsoCalledWithoutCheck(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) Emit();
        Emit();
        void Emit() => tags.ForEach(_ => corpus.Add({|CG0001:m.Headline|}));
    }

    public void CheckedForAnotherPurpose(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.Personalization)) Emit();
        void Emit() => tags.ForEach(_ => corpus.Add({|CG0003:m.Headline|}));
    }

    public void UsedAsDelegate(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining)) Emit();
        Action later = Emit;
        later();
        void Emit() => tags.ForEach(_ => corpus.Add({|CG0001:m.Headline|}));
    }
}
