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

public static class Privacy
{
    [Anonymizer] public static string Redact(string text) => new string('*', text.Length);

    [Anonymizer] public static string KAnonymous(IEnumerable<Member> ms) => ms.Count() >= 10 ? "cohort of " + ms.Count() : "suppressed";

    [Anonymizer] public static string Bucket(this Member m) => m.Connections > 500 ? "500+" : "<500";
}

public class Exporter(ICorpus corpus, IBatchSink batch)
{
    public void Redacted(Member m) => corpus.Add("Email: " + Privacy.Redact(m.Email));

    public void Aggregated(List<Member> ms) => corpus.Add(Privacy.KAnonymous(ms));

    public void Extension(Member m) => corpus.Add(m.Bucket());

    public void Projected(List<Member> ms) => batch.AddRange(ms.Select(m => Privacy.Redact(m.Headline)));

    public void MethodGroup(List<Member> ms) => batch.AddRange(ms.Select(m => m.Email).Select(Privacy.Redact));

    public void OnlyOnePartRedacted(Member m) => corpus.Add({|CG0001:Privacy.Redact(m.Email) + m.Headline|});

    public void OriginalStillPersonal(Member m)
    {
        var redacted = Privacy.Redact(m.Headline);
        corpus.Add(redacted);
        corpus.Add({|CG0001:m.Headline[..3] + redacted|});
    }
}
