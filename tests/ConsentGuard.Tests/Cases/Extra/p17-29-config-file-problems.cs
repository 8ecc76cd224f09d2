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

namespace Shop
{
    public class Customer
    {
        public int Number { get; set; }
        public string Address { get; set; } = "";
        public string Wishlist { get; set; } = "";
    }

    public static class Consent
    {
        public static bool AllowsPersonalization(int number) => number > 0;
        public static bool AllowsAnalytics(int number) => number > 1;
        public static bool Allows(int number, string purpose) => number > 0 && purpose.Length > 0;
        public static int Score(int number) => number;
    }

    public class Recommender
    {
        public void Learn(string signal) { }
        public void Learn(string signal, int weight) { }
    }
}

public class Job(Shop.Recommender recommender)
{
    public void Unchecked(Shop.Customer c) => recommender.Learn({|CG0001:c.Wishlist|});

    public void Checked(Shop.Customer c)
    {
        if (Shop.Consent.AllowsPersonalization(c.Number))
            recommender.Learn(c.Wishlist, 2);
    }

    public void UndeclaredAddress(Shop.Customer c)
    {
        if (Shop.Consent.AllowsPersonalization(c.Number))
            recommender.Learn({|CG0002:c.Address|});
    }

    public void WrongPurpose(Shop.Customer c)
    {
        if (Shop.Consent.AllowsAnalytics(c.Number))
            recommender.Learn({|CG0003:c.Wishlist|});
    }
}
