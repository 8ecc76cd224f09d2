using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard;

[assembly: DefinePurpose("FraudDetection", Description = "Detecting account takeover")]

namespace Acme.Profiles;

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

public interface IFraudModel
{
    [ConsentSink("FraudDetection")] void Learn(string signal);
}

public sealed partial class Account
{
    [DataSubject] public required string Id { get; init; }

    [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose("FraudDetection")]
    public string? LoginPattern { get; init; }

    [PersonalData(PersonalDataCategory.Demographic), ConsentPurpose("FraudDetection"), ConsentPurpose(Purposes.Analytics)]
    public DateOnly? BirthDate { get; init; }

    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
    public IReadOnlyList<string> Posts { get; init; } = [];

    public int Logins { get; init; }
}

public static partial class Catalog
{
    public partial record Entry
    {
        [DataSubject] public string OwnerId { get; init; } = "";
        [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
        public string Text { get; init; } = "";
    }
}

public class Jobs(IConsentProvider consent, IFraudModel fraud, ICorpus corpus)
{
    public void Fraud(Account a)
    {
        if (a.ForFraudDetection(consent) is { } view)
            fraud.Learn($"{view.LoginPattern}|{view.BirthDate}");
    }

    public void FraudBypass(Account a) => fraud.Learn({|CG0001:a.LoginPattern ?? ""|});

    public void Posts(IEnumerable<Account> accounts)
    {
        foreach (var view in accounts.ForGenerativeTraining(consent))
            foreach (var post in view.Posts)
                corpus.Add(post);
    }

    public void WrongView(Account a)
    {
        if (a.ForAnalytics(consent) is { } view)
            fraud.Learn({|CG0003:view.BirthDate.ToString() ?? ""|});
    }

    public async Task NestedEntry(Catalog.Entry e, CancellationToken ct)
    {
        if (await e.ForGenerativeTrainingAsync(consent, ct) is { } view)
            corpus.Add(view.Text);
    }

    public void NestedEntryBypass(Catalog.Entry e) => corpus.Add({|CG0001:e.Text|});
}
