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

namespace Crm
{
    public class Contact
    {
        public int Key { get; set; }
        public string Phone { get; set; } = "";
        public string Notes { get; set; } = "";
    }
}

namespace Legacy
{
    public static class ConsentTable
    {
        public static bool HasAiConsent(int key) => key > 0;
    }

    public static class Export
    {
        public static IEnumerable<string> LoadConsentedNotes() => Array.Empty<string>();
    }
}

namespace Privacy
{
    public static class Scrubber
    {
        public static string Scrub(string text) => new string('*', text.Length);
    }
}

namespace Vendor.Tuning
{
    public class Client
    {
        public void Upload(string text) { }
        public void Ping() { }
    }
}

public class Job(Vendor.Tuning.Client client)
{
    public void Unchecked(Crm.Contact c) => client.Upload({|CG0001:c.Notes|});

    public void Checked(Crm.Contact c)
    {
        if (Legacy.ConsentTable.HasAiConsent(c.Key))
            client.Upload(c.Notes);
    }

    public void EarlyReturn(Crm.Contact c)
    {
        if (!Legacy.ConsentTable.HasAiConsent(c.Key)) return;
        client.Upload($"note: {c.Notes}");
    }

    public void UndeclaredPurpose(Crm.Contact c)
    {
        if (Legacy.ConsentTable.HasAiConsent(c.Key))
            client.Upload({|CG0002:c.Phone|});
    }

    public void Cleared()
    {
        foreach (var note in Legacy.Export.LoadConsentedNotes())
            client.Upload(note);
    }

    public void Scrubbed(Crm.Contact c) => client.Upload(Privacy.Scrubber.Scrub(c.Phone));

    public void PublicValue(Crm.Contact c) => client.Upload(c.Key.ToString());

    public void Discarded(Crm.Contact c)
    {
        {|CG0007:Legacy.ConsentTable.HasAiConsent(c.Key)|};
        client.Ping();
    }
}
