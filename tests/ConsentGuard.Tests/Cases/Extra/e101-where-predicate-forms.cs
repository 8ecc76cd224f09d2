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

// Reading chosen: a predicate that returns a consent check's result is a consent check however it reaches Where
// (lambda, method group, delegate local, local function) — the analyzer already accepts the lambda forms and a
// [ConsentCheck] method group, and counts unannotated helpers that return a check's result as checks.

public static class ConsentExtensions
{
    [ConsentCheck(Purposes.GenerativeTraining)]
    public static bool MayTrainOn(this IConsentProvider consent, [DataSubject] Member m) => consent.IsGranted(m.Id, Purposes.GenerativeTraining);
}

public interface IBatchSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void AddRange(IEnumerable<string> texts);
}

public class Exporter(IConsentProvider consent, ICorpus corpus, IBatchSink batch)
{
    private bool IsConsenting(Member m) => consent.IsGranted(m.Id, Purposes.GenerativeTraining);

    public void LambdaOverHelper(List<Member> ms) => batch.AddRange(ms.Where(x => IsConsenting(x)).Select(x => x.Headline));

    public void AnnotatedMethodGroup(List<Member> ms) => batch.AddRange(ms.Where(consent.MayTrainOn).Select(x => x.Headline));

    public void HelperMethodGroup(List<Member> ms) => batch.AddRange(ms.Where(IsConsenting).Select(x => x.Headline));

    public void DelegateLocal(List<Member> ms)
    {
        Func<Member, bool> consenting = x => consent.IsGranted(x.Id, Purposes.GenerativeTraining);
        foreach (var m in ms.Where(consenting))
            corpus.Add(m.Headline);
    }

    public void LocalFunctionPredicate(List<Member> ms)
    {
        bool Consenting(Member x) => consent.IsGranted(x.Id, Purposes.GenerativeTraining);
        batch.AddRange(ms.Where(Consenting).Select(x => x.Headline));
    }

    public void DelegateLocalWrongPurpose(List<Member> ms)
    {
        Func<Member, bool> personalizable = x => consent.IsGranted(x.Id, Purposes.Personalization);
        foreach (var m in ms.Where(personalizable))
            corpus.Add({|CG0003:m.Headline|});
    }

    public void NonConsentPredicate(List<Member> ms)
    {
        Func<Member, bool> active = x => x.Connections > 10;
        batch.AddRange({|CG0001:ms.Where(active).Select(x => x.Headline)|});
    }
}
