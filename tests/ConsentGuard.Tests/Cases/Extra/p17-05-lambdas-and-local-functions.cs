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
    public void StaticLambda(IEnumerable<Member> members)
    {
        Func<Member, string> pick = static m => m.Headline;
        foreach (var m in members)
            corpus.Add({|CG0001:pick(m)|});
    }

    public void StaticLambdaPublic(IEnumerable<Member> members)
    {
        Func<Member, string> pick = static m => m.Connections.ToString();
        foreach (var m in members)
            corpus.Add(pick(m));
    }

    public void StaticLocalFunction(Member m)
    {
        corpus.Add({|CG0001:Format(m)|});

        static string Format(Member x) => $"[{x.Headline}]";
    }

    public void LocalSinkFunction(Member m)
    {
        Emit({|CG0001:m.Headline|});

        void Emit(string s) => corpus.Add(s);
    }

    public void LocalSinkFunctionChecked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            Emit(m.Headline);

        void Emit(string s) => corpus.Add(s);
    }

    public void ForEachLambdaChecked(IEnumerable<Member> members) =>
        members.ToList().ForEach(m =>
        {
            if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                corpus.Add(m.Headline);
        });

    public void ForEachLambdaUnchecked(IEnumerable<Member> members) =>
        members.ToList().ForEach(m => corpus.Add({|CG0001:m.Headline|}));

    public void Closure(Member m)
    {
        Func<string> get = () => m.Headline;
        corpus.Add({|CG0001:get()|});
    }

    public void ClosureChecked(Member m)
    {
        Func<string> get = () => m.Headline;
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        corpus.Add(get());
    }

    public void LocalFunctionCapturesAfterCheck(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        Send();

        void Send() => corpus.Add(m.Headline);
    }

    public string Describe(Member m) => $"{m.Headline} with {m.Connections} connections";

    public void ExpressionBodiedHelper(Member m) => corpus.Add({|CG0001:Describe(m)|});
}
