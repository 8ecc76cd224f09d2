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

public interface IBatchSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void AddRange(IEnumerable<string> texts);
}

public class Exporter(IConsentProvider consent, IBatchSink batch)
{
    public void Unfiltered(List<Member> ms) => batch.AddRange({|CG0001:from m in ms select m.Headline|});

    public void Filtered(List<Member> ms) =>
        batch.AddRange(from m in ms
                       where m.Connections > 10 && consent.IsGranted(m.Id, Purposes.GenerativeTraining)
                       orderby m.Connections
                       select m.Headline);

    public void WrongPurpose(List<Member> ms) =>
        batch.AddRange({|CG0003:from m in ms where consent.IsGranted(m.Id, Purposes.Personalization) select m.Headline|});

    public void LetClause(List<Member> ms) =>
        batch.AddRange({|CG0001:from m in ms let h = m.Headline.Trim() select h|});

    public void FilteredThenLet(List<Member> ms) =>
        batch.AddRange(from m in ms
                       where consent.IsGranted(m.Id, Purposes.GenerativeTraining)
                       let h = m.Headline.Trim()
                       select "> " + h);

    public void FilterAfterProjection(List<Member> ms) =>
        batch.AddRange({|CG0001:from m in ms let h = m.Headline where h.Length > 3 select h|});
}
