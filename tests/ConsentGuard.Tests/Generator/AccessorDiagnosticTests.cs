using System.Threading.Tasks;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace ConsentGuard.Tests.Generator;

/// <summary>
/// CG0006 and CG0011 through every analyzer and the generator (the code must also compile once generated): the
/// reason in each message, and that what is reported missing is missing while everything else is generated.
/// </summary>
public sealed class AccessorDiagnosticTests
{
    private static DiagnosticResult NoAccessors(string type, string reason) =>
        new DiagnosticResult(DiagnosticDescriptors.NoAccessorsGenerated).WithLocation(0).WithArguments(type, reason);

    private static DiagnosticResult Collision(string type, string what) =>
        new DiagnosticResult(DiagnosticDescriptors.AccessorNameCollision).WithLocation(0).WithArguments(type, what);

    private static Task VerifyAsync(string code, params DiagnosticResult[] expected) => VerifyAsync(code, LanguageVersion.Latest, expected);

    private static Task VerifyAsync(string code, LanguageVersion version, params DiagnosticResult[] expected)
    {
        var test = new ConsentGuardTest { TestCode = Prelude.Usings + code, LanguageVersion = version };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    // ------------------------------------------------------------------ CG0006

    [Fact]
    public Task CG0006_not_partial() => VerifyAsync("""
        public class {|#0:Contact|}
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData(PersonalDataCategory.Contact), ConsentPurpose(Purposes.Personalization)] public string Phone { get; set; } = "";
        }
        """, NoAccessors("Contact", "it is not partial"));

    [Fact]
    public Task CG0006_no_data_subject() => VerifyAsync("""
        public partial class {|#0:Contact|}
        {
            [PersonalData(PersonalDataCategory.Contact), ConsentPurpose(Purposes.Personalization)] public string Phone { get; set; } = "";
        }
        """, NoAccessors("Contact", "it declares no [DataSubject] member to look consent up by"));

    [Fact]
    public Task CG0006_two_data_subjects_and_not_partial_give_both_reasons() => VerifyAsync("""
        public record {|#0:Pair|}([property: DataSubject] string A, [DataSubject] string B, [PersonalData, ConsentPurpose(Purposes.Analytics)] string Value);
        """, NoAccessors("Pair", "it is not partial; it declares 2 [DataSubject] members ('A', 'B'); exactly one names the person consent is looked up for"));

    [Fact]
    public Task CG0006_containing_type_not_partial() => VerifyAsync("""
        public class Outer
        {
            public partial class {|#0:Inner|}
            {
                [DataSubject] public string Id = "";
                [PersonalData, ConsentPurpose(Purposes.Analytics)] public string Value = "";
            }
        }
        """, NoAccessors("Inner", "its containing type 'Outer' is not partial"));

    [Fact]
    public Task CG0006_below_CSharp_8() => VerifyAsync("""
        public partial class {|#0:Legacy|}
        {
            [DataSubject] public string Id = "";
            [PersonalData, ConsentPurpose(Purposes.Analytics)] public string Value = "";
        }
        """, LanguageVersion.CSharp7_3, NoAccessors("Legacy", "generated accessors need C# 8 or later (the project uses C# 7.3)"));

    [Fact]
    public Task No_CG0006_without_declared_purposes_or_for_interfaces_and_eligible_types_are_generated() => VerifyAsync("""
        public class Note { [PersonalData(PersonalDataCategory.UserContent)] public string Text { get; set; } = ""; }
        public interface IProfile { [DataSubject] string Id { get; } [PersonalData, ConsentPurpose(Purposes.Analytics)] string Value { get; } }
        public class Bad { [PersonalData, ConsentPurpose({|CG0005:"not a purpose"|})] public string Value = ""; }
        public partial record Lead([property: DataSubject] string Id, [PersonalData, ConsentPurpose(Purposes.Advertising)] string Email);
        public static class Use
        {
            public static string? Email(Lead lead, IConsentProvider consent) => lead.ForAdvertising(consent)?.Email;
        }
        """);

    // ------------------------------------------------------------------ CG0011

    [Fact]
    public Task CG0011_existing_method_skips_that_purpose_only() => VerifyAsync("""
        public partial class {|#0:Profile|}
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData, ConsentPurpose(Purposes.Analytics), ConsentPurpose(Purposes.Personalization)] public string Topic { get; set; } = "";
            public string ForAnalytics() => "the user's own method";
        }
        public static class Use
        {
            public static object? Run(Profile p, IConsentProvider consent) => p.ForAnalytics() + p.ForPersonalization(consent)?.Topic;
        }
        """, Collision("Profile", "the accessors for purpose 'Analytics' (AnalyticsView, ForAnalytics, ForAnalyticsAsync) are not generated because a method 'ForAnalytics' already exists in 'Profile'"));

    [Fact]
    public Task CG0011_existing_nested_type_and_property_hiding_object_members() => VerifyAsync("""
        public partial class {|#0:Profile|}
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData, ConsentPurpose(Purposes.Analytics)] public string Topic { get; set; } = "";
            [PersonalData, ConsentPurpose(Purposes.Advertising)] public new string Equals { get; set; } = "";
            public class AnalyticsView { }
        }
        """,
        Collision("Profile", "the accessors for purpose 'Analytics' (AnalyticsView, ForAnalytics, ForAnalyticsAsync) are not generated because a type 'AnalyticsView' already exists in 'Profile'"),
        Collision("Profile", "the accessors for purpose 'Advertising' (AdvertisingView, ForAdvertising, ForAdvertisingAsync) are not generated because a view property 'Equals' would hide object.Equals"));

    [Fact]
    public Task CG0011_inherited_member_and_type_named_like_a_view() => VerifyAsync("""
        public class Base { public void ForAnalyticsAsync(int page) { } }
        public partial class {|#0:Profile|} : Base
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData, ConsentPurpose(Purposes.Analytics)] public string Topic { get; set; } = "";
        }
        public partial class {|#1:AdvertisingView|}
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData, ConsentPurpose(Purposes.Advertising)] public string Topic { get; set; } = "";
        }
        """,
        Collision("Profile", "the accessors for purpose 'Analytics' (AnalyticsView, ForAnalytics, ForAnalyticsAsync) are not generated because a method 'ForAnalyticsAsync' is inherited from 'Base'"),
        new DiagnosticResult(DiagnosticDescriptors.AccessorNameCollision).WithLocation(1).WithArguments("AdvertisingView",
            "the accessors for purpose 'Advertising' (AdvertisingView, ForAdvertising, ForAdvertisingAsync) are not generated because 'AdvertisingView' is the name of the type itself"));

    [Fact]
    public Task CG0011_base_type_generates_the_same_purpose() => VerifyAsync("""
        public partial class Person
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData, ConsentPurpose(Purposes.Analytics)] public string Name { get; set; } = "";
        }
        public partial class {|#0:Employee|} : Person
        {
            [DataSubject] public string EmployeeId { get; set; } = "";
            [PersonalData, ConsentPurpose(Purposes.Analytics), ConsentPurpose(Purposes.Personalization)] public string Title { get; set; } = "";
        }
        public static class Use
        {
            public static string? Run(Employee e, IConsentProvider consent) => e.ForAnalytics(consent)?.Name + e.ForPersonalization(consent)?.Title;
        }
        """, Collision("Employee", "the accessors for purpose 'Analytics' (AnalyticsView, ForAnalytics, ForAnalyticsAsync) are not generated because 'AnalyticsView' is also generated for its base type 'Person' and would be hidden"));

    [Fact]
    public Task CG0011_two_purposes_would_generate_the_same_name() => VerifyAsync("""
        [assembly: DefinePurpose("Sync")]
        [assembly: DefinePurpose("SyncAsync")]
        public partial class {|#0:Device|}
        {
            [DataSubject] public string Owner { get; set; } = "";
            [PersonalData, ConsentPurpose("Sync"), ConsentPurpose("SyncAsync")] public string Name { get; set; } = "";
        }
        """, Collision("Device", "the accessors for purpose 'SyncAsync' (SyncAsyncView, ForSyncAsync, ForSyncAsyncAsync) are not generated because 'ForSyncAsync' is already generated for purpose 'Sync'"));

    [Fact]
    public Task CG0011_extension_class_name_taken_keeps_the_instance_accessors() => VerifyAsync("""
        namespace Shop
        {
            public partial class {|#0:Customer|}
            {
                [DataSubject] public string Id { get; set; } = "";
                [PersonalData, ConsentPurpose(Purposes.Advertising)] public string Segment { get; set; } = "";
            }
            public static class CustomerConsentExtensions { }
            public static class Use
            {
                public static string? Run(Customer c, IConsentProvider consent) => c.ForAdvertising(consent)?.Segment;
            }
        }
        """, Collision("Customer", "the extension class 'CustomerConsentExtensions' is not generated because a type 'CustomerConsentExtensions' already exists in namespace 'Shop'"));
}
