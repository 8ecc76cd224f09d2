using System;
using System.Linq;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Tests.Robustness;

/// <summary>
/// Shapes the generator must survive, most spread over several files of one compilation: no analyzer or generator
/// crashes, and the generated code adds no compiler error the input did not have (the input compiles without the
/// generator unless it calls generated members).
/// </summary>
public sealed class GeneratorShapePropertyTests
{
    private const string FileBreak = "// ---- next file ----";

    public static TheoryData<string, string> Shapes() => new()
    {
        { "partial-member-over-three-files", """
            using ConsentGuard;
            public partial class Member { [DataSubject] public string Id { get; set; } = ""; }
            // ---- next file ----
            using ConsentGuard;
            public partial class Member { [PersonalData, ConsentPurpose(Purposes.GenerativeTraining)] public string Headline { get; set; } = ""; }
            // ---- next file ----
            using ConsentGuard;
            public partial class Member
            {
                [PersonalData(PersonalDataCategory.Location), ConsentPurpose(Purposes.Personalization), ConsentPurpose(Purposes.GenerativeTraining)]
                public string? City { get; set; }
                public int Connections { get; set; }
            }
            // ---- next file ----
            using ConsentGuard;
            public interface ICorpus { [ConsentSink(Purposes.GenerativeTraining)] void Add(string text); }
            public class Exporter(IConsentProvider consent, ICorpus corpus)
            {
                public void Export(Member m) { if (m.ForGenerativeTraining(consent) is { } view) corpus.Add(view.Headline + view.City); }
            }
            """ },
        { "namespaces-file-scoped-and-nested", """
            namespace Shop.People;
            using ConsentGuard;
            public partial class Customer { [DataSubject] public string Id = ""; [PersonalData, ConsentPurpose(Purposes.Analytics)] public string Email = ""; }
            public partial class Outer { public partial class Inner { [DataSubject] public int Key { get; init; } [PersonalData, ConsentPurpose(Purposes.Advertising)] public string Name { get; init; } = ""; } }
            // ---- next file ----
            namespace Shop.People { public partial class Customer { public override string ToString() => "customer"; } }
            namespace Shop.Other { public partial class Customer { [ConsentGuard.DataSubject] public string Id = ""; [ConsentGuard.PersonalData, ConsentGuard.ConsentPurpose("Analytics")] public string Phone = ""; } }
            """ },
        { "generic-and-constrained", """
            using System.Collections.Generic;
            using ConsentGuard;
            public partial class Profile<T> where T : class, new()
            {
                [DataSubject] public string Id { get; set; } = "";
                [PersonalData, ConsentPurpose(Purposes.Personalization)] public T Settings { get; set; } = new();
                [PersonalData, ConsentPurpose(Purposes.Personalization)] public List<T>? History { get; set; }
            }
            public partial record struct Pair<TKey, TValue>([property: DataSubject] TKey Key, [property: PersonalData, property: ConsentPurpose(Purposes.ModelTraining)] TValue Value) where TKey : notnull;
            public class Use(IConsentProvider consent) { public object? Get(Profile<object> p) => p.ForPersonalization(consent)?.Settings; }
            """ },
        { "records-structs-and-positional", """
            using ConsentGuard;
            public partial record Review([property: DataSubject] string AuthorId, [PersonalData, ConsentPurpose(Purposes.GenerativeTraining)] string Body, int Stars);
            public partial struct Point { [DataSubject] public long Owner; [PersonalData(PersonalDataCategory.Location), ConsentPurpose(Purposes.Analytics)] public (double Lat, double Lon) Where; }
            public readonly partial record struct Tag([property: DataSubject] string Id, [property: PersonalData, property: ConsentPurpose(Purposes.Advertising)] string? Label);
            // ---- next file ----
            public partial record Review { public string Short => Body.Length > 10 ? Body[..10] : Body; }
            """ },
        { "ref-struct-unsafe-dynamic-members", """
            using System;
            using ConsentGuard;
            public unsafe partial struct Raw
            {
                [DataSubject] public int Id;
                [PersonalData, ConsentPurpose(Purposes.Analytics)] public int* Pointer;
                [PersonalData, ConsentPurpose(Purposes.Analytics)] public fixed byte Bytes[4];
            }
            public ref partial struct Window
            {
                [DataSubject] public int Id;
                [PersonalData, ConsentPurpose(Purposes.Analytics)] public Span<char> Text;
            }
            public partial class Bag
            {
                [DataSubject] public string Id { get; set; } = "";
                [PersonalData, ConsentPurpose(Purposes.Analytics)] public dynamic? Extra { get; set; }
                [PersonalData, ConsentPurpose(Purposes.Analytics)] public delegate*<int, int> Callback;
            }
            """ },
        { "collisions-with-generated-names", """
            using ConsentGuard;
            public partial class Clash
            {
                [DataSubject] public string Id { get; set; } = "";
                [PersonalData, ConsentPurpose(Purposes.Analytics)] public string ForAnalytics { get; set; } = "";
                [PersonalData, ConsentPurpose(Purposes.Personalization)] public string Name { get; set; } = "";
                public class PersonalizationView { }
                public void ForPersonalizationAsync() { }
            }
            public static class ClashConsentExtensions { }
            """ },
        { "custom-purposes-over-files-and-odd-purposes", """
            [assembly: ConsentGuard.DefinePurpose("FraudDetection", Description = "fraud")]
            [assembly: ConsentGuard.DefinePurpose("@class")]
            [assembly: ConsentGuard.DefinePurpose("")]
            // ---- next file ----
            using ConsentGuard;
            public partial class Account
            {
                [DataSubject] public string Id { get; set; } = "";
                [PersonalData, ConsentPurpose("FraudDetection"), ConsentPurpose(""), ConsentPurpose(null!), ConsentPurpose("Not A Name"), ConsentPurpose("class")]
                public string Iban { get; set; } = "";
                [PersonalData, ConsentPurpose(nameof(Account))] public string Owner { get; set; } = "";
            }
            """ },
        { "several-subjects-none-or-static", """
            using ConsentGuard;
            public partial class Two { [DataSubject] public string A = ""; [DataSubject] public string B = ""; [PersonalData, ConsentPurpose(Purposes.Analytics)] public string X = ""; }
            public partial class None { [PersonalData, ConsentPurpose(Purposes.Analytics)] public string X = ""; }
            public static partial class Static { [DataSubject] public static string Id = ""; [PersonalData, ConsentPurpose(Purposes.Analytics)] public static string X = ""; }
            public abstract partial class Abstract { [DataSubject] public abstract string Id { get; } [PersonalData, ConsentPurpose(Purposes.Analytics)] public abstract string X { get; } }
            public partial interface IPerson { [DataSubject] string Id { get; } [PersonalData, ConsentPurpose(Purposes.Analytics)] string X { get; } }
            public partial class WriteOnly { [DataSubject] public string Id { get; set; } = ""; [PersonalData, ConsentPurpose(Purposes.Analytics)] public string X { set { } } }
            """ },
        { "top-level-program", """
            using ConsentGuard;
            var m = new Member { Id = "1", Headline = "h" };
            System.Console.WriteLine(m.Id);
            public partial class Member { [DataSubject] public string Id { get; set; } = ""; [PersonalData, ConsentPurpose(Purposes.GenerativeTraining)] public string Headline { get; set; } = ""; }
            """ },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void No_crash_and_the_generator_adds_no_error(string name, string code)
    {
        var sources = code.Split(FileBreak).Select(s => s.Trim() + "\n").ToArray();
        var kind = name == "top-level-program" ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;
        Assert.Empty(CrashHarness.Crashes(sources));
        Assert.Empty(GeneratorCompileCheck.AddedErrors(sources, kind: kind));
    }
}
