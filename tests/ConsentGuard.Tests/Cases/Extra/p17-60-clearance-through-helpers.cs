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

public interface IBatchSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void AddRange(IEnumerable<string> texts);
}

public static class MemberQueries
{
    public static IEnumerable<string> Headlines(this IEnumerable<Member> members) => members.Select(m => m.Headline);

    public static IEnumerable<Member> Active(this IEnumerable<Member> members) => members.Where(m => m.Connections > 0);
}

public class Exporter(IConsentProvider consent, IBatchSink sink, ICorpus corpus)
{
    private static IEnumerable<string> Texts(IEnumerable<Member> members) => members.Select(m => $"{m.Headline}\n");

    private static string Format(Member m) => $"[{m.Headline}]";

    public void ExtensionAfterWhere(IEnumerable<Member> members) =>
        sink.AddRange(members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Headlines());

    public void ExtensionWithoutWhere(IEnumerable<Member> members) =>
        sink.AddRange({|CG0001:members.Headlines()|});

    public void HelperAfterWhere(IEnumerable<Member> members) =>
        sink.AddRange(Texts(members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining))));

    public void FilterExtensionBeforeCheck(IEnumerable<Member> members) =>
        sink.AddRange(members.Active().Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(m => m.Headline));

    public void FilterExtensionAfterCheck(IEnumerable<Member> members) =>
        sink.AddRange(members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Active().Select(m => m.Headline));

    public void FormatUnderCheck(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add(Format(m));
    }

    public void FormatSelectAfterWhere(IEnumerable<Member> members) =>
        sink.AddRange(members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(Format));
}
