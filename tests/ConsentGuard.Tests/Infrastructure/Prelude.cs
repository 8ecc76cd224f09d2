namespace ConsentGuard.Tests.Infrastructure;

/// <summary>The domain most tests share: a member with a contact and a professional field, and a generative-training corpus.</summary>
internal static class Prelude
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using ConsentGuard;

        """;

    public const string Domain = """
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

        """;

    /// <summary><paramref name="code"/> with the usings and the shared domain.</summary>
    public static string With(string code) => Usings + Domain + code;
}
