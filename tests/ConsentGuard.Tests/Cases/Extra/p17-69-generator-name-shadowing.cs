using System.Collections.Generic;
using ConsentGuard;

[assembly: DefinePurpose("Förderung", Description = "a purpose name in another script")]

namespace Acme
{
    // user types that shadow what generated code refers to
    public sealed class Task { }
    public sealed class ValueTask<T> { }
    public sealed class CancellationToken { }
    public interface IEnumerable<T> { }
    public sealed class IConsentProvider { }
    public static class Enumerable { }
    public sealed class ConsentClearedAttribute : System.Attribute { }
    public static class ConsentGuard { }

    public partial class Profile
    {
        [DataSubject] public string Id { get; init; } = "";

        [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining), ConsentPurpose("Förderung")]
        public string About { get; init; } = "";

        [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.GenerativeTraining)]
        public (string Query, int Count)[] Searches { get; init; } = [];

        [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.GenerativeTraining)]
        public dynamic? Extra { get; init; }

        [PersonalData(PersonalDataCategory.Demographic), ConsentPurpose(Purposes.GenerativeTraining)]
        public int? BirthYear { get; init; }
    }
}

public class Uses(global::ConsentGuard.IConsentProvider consent)
{
    public string? About(Acme.Profile p) => p.ForGenerativeTraining(consent)?.About;

    public int? Year(Acme.Profile p) => p.ForGenerativeTraining(consent)?.BirthYear;

    public string? Förderung(Acme.Profile p) => p.ForFörderung(consent)?.About;

    public async global::System.Threading.Tasks.Task<int> CountAsync(System.Collections.Generic.IEnumerable<Acme.Profile> ps)
    {
        var n = 0;
        foreach (var v in Acme.ProfileConsentExtensions.ForGenerativeTraining(ps, consent)) n += v.Searches.Length;
        var one = await System.Linq.Enumerable.First(ps).ForGenerativeTrainingAsync(consent);
        return n + (one is null ? 0 : 1);
    }
}
