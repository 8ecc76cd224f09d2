namespace ConsentGuard.Cli.Tests.Inventory;

/// <summary>
/// One compilation with one of everything the audit lists. Markers (<c>/*@name*/</c>) name the lines the
/// assertions expect; the comments at line ends say what the analyzer should make of each line.
/// </summary>
internal static class InventorySample
{
    public const string Path = "/src/Shop.cs";

    public const string Source = """
        using System.Diagnostics.CodeAnalysis;
        using ConsentGuard;

        [assembly: DefinePurpose("FraudDetection", Description = "Spotting fake accounts")]

        namespace Shop;

        [ConsentPurpose(Purposes.Personalization)]
        public class Customer
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData(PersonalDataCategory.Contact), ConsentPurpose("FraudDetection")] public string Email { get; set; } = ""; /*@email*/
            [PersonalData(PersonalDataCategory.Health)] public string Allergies = ""; /*@allergies*/
            [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.GenerativeTraining)] public string Reviews { get; set; } = ""; /*@reviews*/
            public int Visits { get; set; }
        }

        [PersonalData(PersonalDataCategory.Location)]
        public record Address(string Street); /*@address*/

        public record Order([PersonalData(PersonalDataCategory.Financial)] string CardNumber); /*@card*/

        public static class Lookup
        {
            [return: PersonalData(PersonalDataCategory.Identifier)]
            public static string NameOf(int id) => ""; /*@nameOf*/
            public static void Register([PersonalData(PersonalDataCategory.Demographic)] int age) { } /*@age*/
        }

        public interface ITrainer
        {
            [ConsentSink(Purposes.GenerativeTraining)] void Train(string text); /*@train*/
        }

        public class Recommender
        {
            public void Suggest([ConsentSink(Purposes.Personalization)] string interest) { } /*@suggest*/
        }

        public class FraudCheck
        {
            [ConsentSink("FraudDetection")] public string? Screened { get; set; } /*@screened*/
        }

        public class Consents
        {
            [ConsentCheck(Purposes.GenerativeTraining)] public bool MayTrain(Customer customer) => false; /*@mayTrain*/
            [ConsentCheck] public bool Has([DataSubject] string id, string purpose) => false; /*@has*/
            [Anonymizer] public static string Mask(string text) => "***"; /*@mask*/
        }

        public class Pipelines(IConsentProvider consent, ITrainer trainer, Recommender recommender, FraudCheck fraud)
        {
            [return: ConsentCleared(Purposes.GenerativeTraining)]
            public string ReviewsForTraining(Customer c) => consent.IsGranted(c.Id, Purposes.GenerativeTraining) ? c.Reviews : ""; /*@cleared*/

            public void Leak(Customer c) => trainer.Train(c.Reviews); /*@leak*/ // CG0001

            [SuppressMessage("ConsentGuard", "CG0001", Justification = "Replay requested by the customer")]
            public void Replay(Customer c) => recommender.Suggest(c.Email); /*@replay*/ // CG0001, suppressed by attribute

            public void Pragma(Customer c)
            {
        #pragma warning disable CG0001 // Ticket 42: approved by legal
                recommender.Suggest(c.Email); /*@pragma*/ // CG0001, suppressed by pragma
        #pragma warning restore CG0001
            }

            [ConsentExempt("FraudDetection", Justification = "Legitimate interest")] /*@exempt*/
            public void Screen(Customer c) => fraud.Screened = c.Email; /*@exemptFlow*/

            [ConsentExempt(Purposes.Analytics)] /*@unjustified*/ // CG0009
            public void Count(Customer c) { }

            public void Discard(Customer c) => consent.IsGranted(c.Id, Purposes.Analytics); /*@discard*/ // CG0007
        }
        """;

    public static int Line(string marker) => Infrastructure.SourceLines.LineOf(Source, marker);
}
