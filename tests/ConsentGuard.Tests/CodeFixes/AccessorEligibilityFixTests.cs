using System.Threading.Tasks;
using ConsentGuard.CodeFixes;
using ConsentGuard.Tests.Infrastructure;

namespace ConsentGuard.Tests.CodeFixes;

/// <summary>CG0006 "Make 'T' partial" and "Mark 'Id' as the [DataSubject]": after either, the accessors are generated (or CG0006 keeps only the other reason).</summary>
public sealed class AccessorEligibilityFixTests
{
    private const string MakePartial = "ConsentGuard.MakePartial";
    private const string MarkDataSubject = "ConsentGuard.MarkDataSubject";

    [Fact]
    public Task Make_partial_adds_partial_to_the_type_and_every_container_once_also_in_Fix_All() =>
        ConsentGuardCodeFixTest<AccessorEligibilityCodeFixProvider>.VerifyAsync(Prelude.Usings + """
            public class {|CG0006:Contact|}
            {
                [DataSubject] public string Id { get; set; } = "";
                [PersonalData(PersonalDataCategory.Contact), ConsentPurpose(Purposes.Personalization)]
                public string Phone { get; set; } = "";
            }

            public static class Outer
            {
                internal class {|CG0006:A|}
                {
                    [DataSubject] public string Id = "";
                    [PersonalData, ConsentPurpose(Purposes.Analytics)] public string? Value;
                }

                internal sealed class {|CG0006:B|}
                {
                    [DataSubject] public string Id = "";
                    [PersonalData, ConsentPurpose(Purposes.Analytics)] public string? Value;
                }
            }

            public record struct {|CG0006:Point|}([property: DataSubject] string Id, [property: PersonalData, ConsentPurpose(Purposes.Personalization)] string? City);
            """, Prelude.Usings + """
            public partial class Contact
            {
                [DataSubject] public string Id { get; set; } = "";
                [PersonalData(PersonalDataCategory.Contact), ConsentPurpose(Purposes.Personalization)]
                public string Phone { get; set; } = "";
            }

            public static partial class Outer
            {
                internal partial class A
                {
                    [DataSubject] public string Id = "";
                    [PersonalData, ConsentPurpose(Purposes.Analytics)] public string? Value;
                }

                internal sealed partial class B
                {
                    [DataSubject] public string Id = "";
                    [PersonalData, ConsentPurpose(Purposes.Analytics)] public string? Value;
                }
            }

            public partial record struct Point([property: DataSubject] string Id, [property: PersonalData, ConsentPurpose(Purposes.Personalization)] string? City);
            """, MakePartial);

    [Fact]
    public Task Mark_data_subject_picks_Id_then_TypeId_then_the_only_identifier_also_in_Fix_All() =>
        ConsentGuardCodeFixTest<AccessorEligibilityCodeFixProvider>.VerifyAsync(Prelude.Usings + """
            public partial class {|CG0006:Profile|}
            {
                public string ProfileId { get; init; } = "";
                public string Id { get; init; } = "";
                [PersonalData(PersonalDataCategory.Professional), ConsentPurpose(Purposes.GenerativeTraining)]
                public string Headline { get; init; } = "";
            }

            public partial class {|CG0006:Account|}
            {
                public string OwnerId = "";
                public string AccountId = "";
                [PersonalData, ConsentPurpose(Purposes.Analytics)] public string? Plan;
            }

            public partial record {|CG0006:Person|}(string MemberId, [property: PersonalData, ConsentPurpose(Purposes.Personalization)] string Name);
            """, Prelude.Usings + """
            public partial class Profile
            {
                public string ProfileId { get; init; } = "";
                [DataSubject]
                public string Id { get; init; } = "";
                [PersonalData(PersonalDataCategory.Professional), ConsentPurpose(Purposes.GenerativeTraining)]
                public string Headline { get; init; } = "";
            }

            public partial class Account
            {
                public string OwnerId = "";
                [DataSubject]
                public string AccountId = "";
                [PersonalData, ConsentPurpose(Purposes.Analytics)] public string? Plan;
            }

            public partial record Person([DataSubject] string MemberId, [property: PersonalData, ConsentPurpose(Purposes.Personalization)] string Name);
            """, MarkDataSubject);

    [Fact]
    public Task A_type_with_both_reasons_gets_each_fix_and_keeps_the_other_reason() =>
        ConsentGuardCodeFixTest<AccessorEligibilityCodeFixProvider>.VerifyAsync(Prelude.Usings + """
            public class {|CG0006:Contact|}
            {
                public string Id { get; set; } = "";
                [PersonalData(PersonalDataCategory.Contact), ConsentPurpose(Purposes.Personalization)]
                public string Phone { get; set; } = "";
            }
            """, Prelude.Usings + """
            public partial class {|CG0006:Contact|}
            {
                public string Id { get; set; } = "";
                [PersonalData(PersonalDataCategory.Contact), ConsentPurpose(Purposes.Personalization)]
                public string Phone { get; set; } = "";
            }
            """, MakePartial);

    [Fact]
    public Task Marking_the_subject_of_a_non_partial_type_leaves_CG0006_for_partial() =>
        ConsentGuardCodeFixTest<AccessorEligibilityCodeFixProvider>.VerifyAsync(Prelude.Usings + """
            public class {|CG0006:Contact|}
            {
                public string Id { get; set; } = "";
                [PersonalData(PersonalDataCategory.Contact), ConsentPurpose(Purposes.Personalization)]
                public string Phone { get; set; } = "";
            }
            """, Prelude.Usings + """
            public class {|CG0006:Contact|}
            {
                [DataSubject]
                public string Id { get; set; } = "";
                [PersonalData(PersonalDataCategory.Contact), ConsentPurpose(Purposes.Personalization)]
                public string Phone { get; set; } = "";
            }
            """, MarkDataSubject);

    /// <summary>Several subjects, no identifier, two equally likely identifiers, a shared field declaration: a person decides.</summary>
    [Fact]
    public Task Nothing_is_offered_when_the_choice_is_not_obvious() =>
        ConsentGuardCodeFixTest<AccessorEligibilityCodeFixProvider>.VerifyNotOfferedAsync(Prelude.Usings + """
            public partial class {|CG0006:TwoSubjects|}
            {
                [DataSubject] public string Id { get; set; } = "";
                [DataSubject] public string OtherId { get; set; } = "";
                [PersonalData, ConsentPurpose(Purposes.Analytics)] public string? Value { get; set; }
            }

            public partial class {|CG0006:NoIdentifier|}
            {
                public string Key { get; set; } = "";
                [PersonalData, ConsentPurpose(Purposes.Analytics)] public string? Value { get; set; }
            }

            public partial class {|CG0006:TwoIdentifiers|}
            {
                public string OwnerId { get; set; } = "";
                public string CompanyId { get; set; } = "";
                [PersonalData, ConsentPurpose(Purposes.Analytics)] public string? Value { get; set; }
            }

            public partial class {|CG0006:SharedDeclaration|}
            {
                public string Id = "", Alias = "";
                [PersonalData, ConsentPurpose(Purposes.Analytics)] public string? Value;
            }
            """);
}
