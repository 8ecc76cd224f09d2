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

[{|CG0009:ConsentExempt(Purposes.GenerativeTraining)|}]
public class QuickExporter(ICorpus corpus)
{
    public void Export(Member m) => corpus.Add(m.Headline);
}

public class Seeder
{
    [{|CG0009:ConsentExempt(Purposes.GenerativeTraining, Justification = "")|}]
    public Seeder(ICorpus corpus, Member m) => corpus.Add(m.Headline);

    [ConsentExempt(Purposes.GenerativeTraining, Justification = "Staff volunteers; DPIA-2024-12"), {|CG0009:ConsentExempt(Purposes.Personalization)|}]
    public void Two(ICorpus corpus, Member m) => corpus.Add(m.Headline);

    [ConsentExempt(Purposes.GenerativeTraining, Justification = "Staff volunteers; DPIA-2024-12")]
    public void Justified(ICorpus corpus, Member m) => corpus.Add(m.Headline);
}
