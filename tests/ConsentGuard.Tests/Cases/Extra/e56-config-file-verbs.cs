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

namespace Legacy
{
    public class Contact
    {
        public int Number { get; set; }
        public string Phone { get; set; } = "";
        public string Notes { get; set; } = "";
    }

    public static class Consent
    {
        public static bool HasAiConsent(int memberNumber) => false;
    }

    public static class Export
    {
        public static IEnumerable<string> LoadConsented() => Array.Empty<string>();
    }

    public static class Redactor
    {
        public static string Redact(string s) => new string('*', s.Length);
    }
}

public class Exporter(ICorpus corpus, IBatchSink batch)
{
    public void UndeclaredPhone(Legacy.Contact c)
    {
        if (Legacy.Consent.HasAiConsent(c.Number))
            corpus.Add({|CG0002:c.Phone|});
    }

    public void UncheckedNotes(Legacy.Contact c) => corpus.Add({|CG0001:c.Notes|});

    public void CheckedNotes(Legacy.Contact c)
    {
        if (!Legacy.Consent.HasAiConsent(c.Number)) return;
        corpus.Add(c.Notes);
    }

    public void Cleared() => batch.AddRange(Legacy.Export.LoadConsented());

    public void Redacted(Legacy.Contact c) => corpus.Add(Legacy.Redactor.Redact(c.Phone));

    public void NonPersonal(Legacy.Contact c) => corpus.Add(c.Number.ToString());
}
