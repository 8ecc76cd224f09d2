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

public sealed record Example(string Prompt, string Completion);

public interface IExampleSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void Write(Example example);
}

public class Exporter(IConsentProvider consent, IExampleSink sink)
{
    private static readonly Example Template = new("Write a headline", "");

    public void Unchecked(Member m) => sink.Write({|CG0001:Template with { Completion = m.Headline }|});

    public void CopyOfCopy(Member m)
    {
        var ex = Template with { Completion = m.Headline };
        var copy = ex with { Prompt = "Rewrite the headline" };
        sink.Write({|CG0001:copy|});
    }

    public void Constant() => sink.Write(Template with { Completion = "A constant completion" });

    public void Checked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            sink.Write(Template with { Completion = m.Headline });
    }
}
