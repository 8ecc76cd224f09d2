using System.Linq;

namespace ConsentGuard.Tests.Generator;

/// <summary>
/// The generated text for each shape of annotated type, against checked-in snapshots (Generator/Snapshots), and
/// proof that each compiles with nullable on, documentation diagnostics on and every warning an error.
/// </summary>
public sealed class GeneratedSourceSnapshotTests
{
    private static void Verify(string snapshotName, string source, string expectedHintName)
    {
        var run = GeneratorHarness.Run(source);
        var generated = Assert.Single(run.Sources);
        Assert.Equal(expectedHintName, generated.Key);
        Snapshot.Match(snapshotName, generated.Value);
        Assert.Empty(run.GeneratorDiagnostics);
        GeneratorRun.AssertNone(run.CompilationProblems);
    }

    [Fact]
    public void Class_in_a_namespace() => Verify("Class", """
        using ConsentGuard;

        namespace Acme.People
        {
            /// <summary>A member profile.</summary>
            public partial class Profile
            {
                /// <summary>Who.</summary>
                [DataSubject] public string MemberId { get; init; } = "";
                /// <summary>Contact, for no purpose.</summary>
                [PersonalData(PersonalDataCategory.Contact)] public string Email { get; init; } = "";
                /// <summary>Two purposes.</summary>
                [PersonalData(PersonalDataCategory.Professional)]
                [ConsentPurpose(Purposes.GenerativeTraining)]
                [ConsentPurpose(Purposes.Personalization)]
                public string Headline { get; init; } = "";
                /// <summary>One purpose, nullable.</summary>
                [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
                public string? About { get; init; }
                /// <summary>Not personal.</summary>
                public int Connections { get; init; }
            }
        }
        """, "Acme.People.Profile.ConsentAccessors.g.cs");

    [Fact]
    public void Positional_record_with_property_targeted_subject() => Verify("PositionalRecord", """
        using ConsentGuard;

        namespace Acme.People
        {
            /// <summary>A lead.</summary>
            /// <param name="Id">Who.</param>
            /// <param name="Email">Contact.</param>
            /// <param name="Bio">About them.</param>
            public partial record Lead(
                [property: DataSubject] string Id,
                [PersonalData(PersonalDataCategory.Contact), ConsentPurpose(Purposes.Advertising)] string Email,
                [property: PersonalData(PersonalDataCategory.UserContent)][property: ConsentPurpose(Purposes.Advertising)][property: ConsentPurpose(Purposes.ModelTraining)] string Bio);
        }
        """, "Acme.People.Lead.ConsentAccessors.g.cs");

    [Fact]
    public void Struct_with_fields_and_a_numeric_subject() => Verify("Struct", """
        using ConsentGuard;

        namespace Acme.Health
        {
            /// <summary>A reading.</summary>
            public partial struct Reading
            {
                /// <summary>Whose.</summary>
                [DataSubject] public long PatientId;
                /// <summary>The value.</summary>
                [PersonalData(PersonalDataCategory.Health), ConsentPurpose(Purposes.ModelTraining)] public double Value;
                /// <summary>When.</summary>
                [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.ModelTraining), ConsentPurpose(Purposes.Analytics)] public System.DateTime? TakenAt;
            }
        }
        """, "Acme.Health.Reading.ConsentAccessors.g.cs");

    [Fact]
    public void Nested_in_a_static_class() => Verify("Nested", """
        using ConsentGuard;

        namespace Acme.Crm
        {
            /// <summary>Contacts.</summary>
            public static partial class Contacts
            {
                /// <summary>A phone contact.</summary>
                public partial class Phone
                {
                    /// <summary>Whose.</summary>
                    [DataSubject] public string Owner { get; set; } = "";
                    /// <summary>The number.</summary>
                    [PersonalData(PersonalDataCategory.Contact), ConsentPurpose(Purposes.Advertising)] public string Number { get; set; } = "";
                }
            }
        }
        """, "Acme.Crm.Contacts.Phone.ConsentAccessors.g.cs");

    [Fact]
    public void Nested_in_a_generic_containing_type() => Verify("NestedInGeneric", """
        using System.Collections.Generic;
        using ConsentGuard;

        namespace Acme.Registry
        {
            /// <summary>A registry.</summary>
            public partial class Registry<TKey> where TKey : notnull, System.IComparable<TKey>
            {
                /// <summary>An entry.</summary>
                public partial record Entry<TValue> where TValue : class?, new()
                {
                    /// <summary>Who.</summary>
                    [DataSubject] public System.Guid Owner { get; init; }
                    /// <summary>Key.</summary>
                    [PersonalData(PersonalDataCategory.Identifier), ConsentPurpose(Purposes.Analytics)] public TKey Key { get; init; } = default!;
                    /// <summary>Value.</summary>
                    [PersonalData, ConsentPurpose(Purposes.Analytics)] public IReadOnlyList<TValue?> Values { get; init; } = [];
                }
            }
        }
        """, "Acme.Registry.Registry`1.Entry`1.ConsentAccessors.g.cs");

    [Fact]
    public void Custom_purpose_declared_on_the_type() => Verify("CustomPurpose", """
        using ConsentGuard;

        [assembly: DefinePurpose("FraudDetection", Description = "Finding fake accounts")]

        namespace Acme.Security
        {
            /// <summary>A login.</summary>
            [ConsentPurpose("FraudDetection")]
            public partial record struct Login
            {
                /// <summary>Who.</summary>
                [DataSubject] public string Account { get; init; }
                /// <summary>Where from.</summary>
                [PersonalData(PersonalDataCategory.Location)] public string IpAddress { get; init; }
                /// <summary>How.</summary>
                [PersonalData(PersonalDataCategory.Behavioral), ConsentPurpose(Purposes.Analytics)] public string UserAgent { get; init; }
            }
        }
        """, "Acme.Security.Login.ConsentAccessors.g.cs");

    [Fact]
    public void Global_namespace_internal_type() => Verify("GlobalNamespace", """
        using ConsentGuard;

        internal sealed partial class Note
        {
            [DataSubject] private readonly string _author;
            [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.ContentModeration)] private readonly string @event;
            public Note(string author, string text) { _author = author; this.@event = text; }
        }
        """, "Note.ConsentAccessors.g.cs");
}
