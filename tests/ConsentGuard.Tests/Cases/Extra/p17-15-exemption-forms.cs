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

public class PilotExporter(ICorpus corpus)
{
    [ConsentExempt(Purposes.GenerativeTraining, Justification = "Pilot on synthetic members", Ticket = "PRIV-12", Expires = {|CG0013:"2024-01-31"|})]
    public void ExpiredPilot(Member m) => corpus.Add(m.Headline);

    [ConsentExempt(Purposes.GenerativeTraining, Justification = "Pilot on synthetic members", Ticket = "PRIV-13", Expires = "2099-12-31")]
    public void CurrentPilot(Member m) => corpus.Add(m.Headline);

    [ConsentExempt(Purposes.GenerativeTraining, Justification = "Pilot on synthetic members", Expires = {|CG0005:"31/12/2099"|})]
    public void UnreadableDate(Member m) => corpus.Add(m.Headline);

    [ConsentExempt(Purposes.Personalization, Justification = "Feed ranking runs on contract")]
    public void OtherPurposeExempt(Member m) => corpus.Add({|CG0001:m.Headline|});

    [ConsentExempt(Purposes.Personalization, Justification = "Feed ranking runs on contract")]
    [ConsentExempt(Purposes.GenerativeTraining, Justification = "Red-team fixtures; DPIA-2025-11")]
    public void TwoExemptions(Member m) => corpus.Add(m.Headline);

    [ConsentExempt(Purposes.GenerativeTraining, Justification = "Synthetic members only")]
    public void LambdaInsideExemptMethod(IEnumerable<Member> members) =>
        members.ToList().ForEach(m => corpus.Add(m.Headline));

    [ConsentExempt(Purposes.GenerativeTraining, Justification = "Synthetic members only")]
    public void LocalFunctionInsideExemptMethod(Member m)
    {
        Send(m.Headline);
        void Send(string s) => corpus.Add(s);
    }
}

[ConsentExempt(Purposes.GenerativeTraining, Justification = "Offline evaluation on a synthetic corpus; DPIA-2025-04")]
public class SyntheticCorpusBuilder(ICorpus corpus)
{
    public void One(Member m) => corpus.Add(m.Headline);

    public void Many(IEnumerable<Member> members)
    {
        foreach (var m in members)
            corpus.Add($"{m.Headline}");
    }

    public sealed class Nested(ICorpus inner)
    {
        public void Also(Member m) => inner.Add(m.Headline);
    }
}

public class ConstructorExempt
{
    [ConsentExempt(Purposes.GenerativeTraining, Justification = "Seed example written at start-up; synthetic")]
    public ConstructorExempt(ICorpus corpus, Member seed) => corpus.Add(seed.Headline);
}

public class NotExempt(ICorpus corpus)
{
    public void Plain(Member m) => corpus.Add({|CG0001:m.Headline|});
}
