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

namespace Acme.Moderation
{
    public sealed class Account
    {
        public string Id { get; set; } = "";
        public string Handle { get; set; } = "";
        public string Bio { get; set; } = "";
        public int Followers { get; set; }
    }

    public sealed class ModerationClient
    {
        public void SubmitExample(string text, string label) { }
        public Task SubmitBatchAsync(IEnumerable<string> texts) => Task.CompletedTask;
        public void Ping() { }
    }

    public static class Scrubber
    {
        public static string Scrub(string text) => text.Length.ToString();
    }
}

public class ModerationExport(IConsentProvider consent, Acme.Moderation.ModerationClient client)
{
    public void Unchecked(Acme.Moderation.Account a) => client.SubmitExample({|CG0001:a.Bio|}, "spam");

    public void Checked(Acme.Moderation.Account a)
    {
        if (consent.IsGranted(a.Id, Purposes.ContentModeration))
            client.SubmitExample(a.Bio, "ok");
    }

    public void Handle(Acme.Moderation.Account a)
    {
        if (consent.IsGranted(a.Id, Purposes.ContentModeration))
            client.SubmitExample({|CG0002:a.Handle|}, "impersonation");
    }

    public void Scrubbed(Acme.Moderation.Account a) => client.SubmitExample(Acme.Moderation.Scrubber.Scrub(a.Handle), "x");

    public void Followers(Acme.Moderation.Account a) => client.SubmitExample(a.Followers.ToString(), "reach");

    public Task Batch(IEnumerable<Acme.Moderation.Account> accounts) =>
        client.SubmitBatchAsync({|CG0001:accounts.Select(a => a.Bio)|});

    public Task BatchChecked(IEnumerable<Acme.Moderation.Account> accounts) =>
        client.SubmitBatchAsync(accounts.Where(a => consent.IsGranted(a.Id, Purposes.ContentModeration)).Select(a => a.Bio));
}
