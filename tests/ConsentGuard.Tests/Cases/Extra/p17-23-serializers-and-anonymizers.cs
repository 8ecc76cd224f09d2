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

public static class Privacy
{
    [Anonymizer] public static string Redact(this string text) => new string('*', text.Length);

    [Anonymizer] public static string Bucket(int connections) => connections > 500 ? "500+" : "<500";
}

public sealed class Hasher
{
    [Anonymizer] public string Pseudonymize(string value) => value.GetHashCode().ToString("x");
}

public class Exporter(IConsentProvider consent, ICorpus corpus, Hasher hasher)
{
    public void Serialize(Member m) => corpus.Add({|CG0002:System.Text.Json.JsonSerializer.Serialize(m)|});

    public void SerializeChecked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add({|CG0002:System.Text.Json.JsonSerializer.Serialize(m)|});
    }

    public void SerializeAnonymousChecked(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            corpus.Add(System.Text.Json.JsonSerializer.Serialize(new { m.Headline, m.Connections }));
    }

    public void SerializePublic(Member m) =>
        corpus.Add(System.Text.Json.JsonSerializer.Serialize(new { m.Connections, Kind = "member" }));

    public void ExtensionAnonymizer(Member m) => corpus.Add(m.Email.Redact());

    public void InstanceAnonymizer(Member m) => corpus.Add(hasher.Pseudonymize(m.Email));

    public void AnonymizedThenMixed(Member m) => corpus.Add({|CG0001:m.Email.Redact() + m.Headline|});

    public void AnonymizerOfPublic(Member m) => corpus.Add(Privacy.Bucket(m.Connections));

    public void Utf8Bytes(Member m) =>
        corpus.Add({|CG0001:Convert.ToBase64String(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(m.Headline))|});
}
