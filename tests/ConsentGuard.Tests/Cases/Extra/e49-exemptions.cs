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

public interface IFeed
{
    [ConsentSink(Purposes.Personalization)] void Rank(string signal);
}

[ConsentExempt(Purposes.GenerativeTraining, Justification = "Synthetic fixtures from FixtureFactory; no real members (DPIA-2024-17)")]
public class FixtureExporter(ICorpus corpus)
{
    public void Export(Member m) => corpus.Add(m.Headline + m.Email);

    public void Lambda(List<Member> ms) => ms.ForEach(m => corpus.Add(m.Headline));

    public sealed class Nested(ICorpus c)
    {
        public void Export(Member m) => c.Add(m.Headline);
    }
}

public class Mixed(ICorpus corpus, IFeed feed)
{
    [ConsentExempt(Purposes.Personalization, Justification = "Ranking the member's own feed is part of the contract")]
    public void OnlyPersonalizationExempt(Member m)
    {
        feed.Rank(m.Headline);
        corpus.Add({|CG0001:m.Headline|});
    }

    [ConsentExempt(Purposes.GenerativeTraining, Justification = "Red-team seed set; DPIA-2024-31")]
    [ConsentExempt(Purposes.Personalization, Justification = "Red-team seed set; DPIA-2024-31")]
    public void BothExempt(Member m)
    {
        feed.Rank(m.Email);
        corpus.Add(m.Headline);
    }

    public void NotExempt(Member m) => feed.Rank({|CG0001:m.Headline|});
}

public class Seeder
{
    [ConsentExempt(Purposes.GenerativeTraining, Justification = "Seed corpus of staff volunteers; DPIA-2024-12")]
    public Seeder(ICorpus corpus, Member volunteer) => corpus.Add(volunteer.Headline);
}
