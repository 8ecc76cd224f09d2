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
    public void LocalFunctionCalledUnderCheck(Member m)
    {
        void Emit() => corpus.Add(m.Headline);

        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            Emit();
    }

    public void LocalFunctionCalledWithoutCheck(Member m)
    {
        void Emit() => corpus.Add({|CG0001:m.Headline|});

        Emit();
    }

    public void LocalFunctionAfterEarlyReturn(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        Emit();

        void Emit() => corpus.Add(m.Headline);
    }

    public void StaticLocalWithParameter(Member m)
    {
        Send(corpus, {|CG0001:m.Headline|});
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            Send(corpus, m.Headline);

        static void Send(ICorpus c, string text) => c.Add(text.Trim());
    }

    public void ForEachLambda(List<Member> ms) => ms.ForEach(m => corpus.Add({|CG0001:m.Headline|}));

    public void ForEachLambdaChecked(List<Member> ms) => ms.ForEach(m =>
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add(m.Headline);
    });

    public Task ParallelChecked(List<Member> ms) =>
        Parallel.ForEachAsync(ms, async (m, ct) =>
        {
            if (await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining, ct))
                corpus.Add(m.Headline);
        });

    public Task WhenAllUnchecked(List<Member> ms) =>
        Task.WhenAll(ms.Select(async m =>
        {
            await Task.Yield();
            corpus.Add({|CG0001:m.Headline|});
        }));
}
