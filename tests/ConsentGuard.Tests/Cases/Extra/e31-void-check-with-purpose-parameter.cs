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
    [ConsentCheck]
    public void Require([DataSubject] string subjectId, string purpose)
    {
        if (!consent.IsGranted(subjectId, purpose))
            throw new UnauthorizedAccessException(purpose);
    }

    [ConsentCheck]
    public Task<bool> AllowsAsync([DataSubject] string subjectId, string purpose) =>
        consent.IsGrantedAsync(subjectId, purpose).AsTask();
}

public class Exporter(Gate gate, ICorpus corpus)
{
    public void Required(Member m)
    {
        gate.Require(m.Id, Purposes.GenerativeTraining);
        corpus.Add(m.Headline);
    }

    public void RequiredOtherPurpose(Member m)
    {
        gate.Require(m.Id, Purposes.Personalization);
        corpus.Add({|CG0003:m.Headline|});
    }

    public void RequiredTooLate(Member m)
    {
        corpus.Add({|CG0001:m.Headline|});
        gate.Require(m.Id, Purposes.GenerativeTraining);
    }

    public void NamedArguments(Member m)
    {
        gate.Require(purpose: Purposes.GenerativeTraining, subjectId: m.Id);
        corpus.Add(m.Headline);
    }

    public async Task TaskOfBool(Member m)
    {
        if (await gate.AllowsAsync(m.Id, Purposes.GenerativeTraining))
            corpus.Add(m.Headline);
    }

    public async Task TaskOfBoolWrongPurpose(Member m)
    {
        if (await gate.AllowsAsync(m.Id, Purposes.Personalization))
            corpus.Add({|CG0003:m.Headline|});
    }
}
