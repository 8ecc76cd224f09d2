using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ConsentGuard.Tests.Configuration;

/// <summary>
/// SPEC §3 interop against the real packages: ASP.NET Core Identity's [PersonalData]/[ProtectedPersonalData]
/// and Microsoft.Extensions.Compliance data classifications are personal data with no purposes.
/// </summary>
public sealed class InteropTests
{
    private static string Program(string usings, string code) => "using System;\nusing ConsentGuard;\n" + usings + "\n" + Corpus + code;

    private const string Corpus = """
        public interface ICorpus
        {
            [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
        }

        """;

    [Fact]
    public Task Identity_personal_data_reaches_a_sink_only_as_undeclared_purpose() => RealPackages.Test(Program("using Microsoft.AspNetCore.Identity;", """
        public class AppUser : IdentityUser
        {
            // both namespaces define PersonalDataAttribute; this one is Identity's
            [Microsoft.AspNetCore.Identity.PersonalData] public string DisplayName { get; set; } = "";
            [ProtectedPersonalData] public string TaxId { get; set; } = "";
            public string Theme { get; set; } = "";
        }

        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export(IdentityUser user)
            {
                if (!consent.IsGranted(user.Id, Purposes.GenerativeTraining))
                    return;
                corpus.Add({|CG0002:user.Email|});
                corpus.Add({|CG0002:user.PhoneNumber|});
                corpus.Add({|CG0002:user.UserName|});
                corpus.Add(user.AccessFailedCount.ToString());
            }

            public void ExportApp(AppUser user)
            {
                if (!consent.IsGranted(user.Id, Purposes.GenerativeTraining))
                    return;
                corpus.Add({|CG0002:user.DisplayName|});
                corpus.Add({|CG0002:user.TaxId|});
                corpus.Add({|CG0002:user.Email|});
                corpus.Add(user.Theme);
            }
        }
        """)).RunAsync();

    [Fact]
    public Task A_data_classification_attribute_makes_a_member_personal() => RealPackages.Test(Program("using Microsoft.Extensions.Compliance.Classification;", """
        public sealed class PrivateDataAttribute : DataClassificationAttribute
        {
            public PrivateDataAttribute() : base(new DataClassification("Contoso", "Private")) { }
        }

        public class Customer
        {
            public string Id { get; set; } = "";
            [PrivateData] public string HomeAddress { get; set; } = "";
            public string Plan { get; set; } = "";
        }

        """ + CustomerExporter)).RunAsync();

    [Fact]
    public async Task A_purpose_line_lets_identity_data_reach_that_purpose_after_a_check()
    {
        var test = RealPackages.Test(Program("using Microsoft.AspNetCore.Identity;", """
            public interface IFeed
            {
                [ConsentSink(Purposes.Personalization)] void Personalize(string text);
            }

            public class Personalizer(IConsentProvider consent, IFeed feed)
            {
                public void Checked(IdentityUser user)
                {
                    if (consent.IsGranted(user.Id, Purposes.Personalization))
                        feed.Personalize(user.UserName);
                }
                public void Unchecked(IdentityUser user) => feed.Personalize({|CG0001:user.UserName|});
                public void NotDeclared(IdentityUser user)
                {
                    if (consent.IsGranted(user.Id, Purposes.Personalization))
                        feed.Personalize({|CG0002:user.Email|});
                }
            }
            """));
        test.TestState.AdditionalFiles.Add(("/ConsentGuard.txt", "purpose Personalization P:Microsoft.AspNetCore.Identity.IdentityUser`1.UserName\n"));
        await test.RunAsync();
    }

    /// <summary>
    /// A library that knows nothing of ConsentGuard applies a classification attribute defined in a third library: its
    /// members are still personal data (the fast path that skips attribute reads for assemblies which can carry none
    /// must not skip it; it follows references transitively).
    /// </summary>
    [Fact]
    public Task A_classification_applied_in_a_library_without_ConsentGuard_is_personal()
    {
        var attributes = Library("Contoso.Attributes", """
            using Microsoft.Extensions.Compliance.Classification;
            namespace Contoso;
            public sealed class PrivateDataAttribute : DataClassificationAttribute
            {
                public PrivateDataAttribute() : base(new DataClassification("Contoso", "Private")) { }
            }
            """, RealPackages.All);
        var models = Library("Contoso.Models", """
            namespace Contoso.Models;
            public class Customer
            {
                public string Id { get; set; } = "";
                [Contoso.PrivateData] public string HomeAddress { get; set; } = "";
                public string Plan { get; set; } = "";
            }
            """, RealPackages.All.Add(attributes));
        var test = RealPackages.Test(Program("using Contoso.Models;", CustomerExporter));
        test.TestState.AdditionalReferences.Add(attributes);
        test.TestState.AdditionalReferences.Add(models);
        return test.RunAsync();
    }

    /// <summary>
    /// What a referenced assembly knows of the interop attributes is kept with its symbol, which the IDE's compilations share
    /// from keystroke to keystroke: the compilation after an edit (same references, a tree replaced) still finds the
    /// classification applied in a library without ConsentGuard, and a compilation without the classifying library does not
    /// inherit the answer.
    /// </summary>
    [Fact]
    public async Task Interop_found_through_references_stays_found_after_an_edit_and_only_there()
    {
        var attributes = Library("Contoso.Attributes", """
            using Microsoft.Extensions.Compliance.Classification;
            namespace Contoso;
            public sealed class PrivateDataAttribute : DataClassificationAttribute
            {
                public PrivateDataAttribute() : base(new DataClassification("Contoso", "Private")) { }
            }
            """, RealPackages.All);
        var customer = """
            namespace Contoso.Models;
            public class Customer
            {
                public string Id { get; set; } = "";
                [Contoso.PrivateData] public string HomeAddress { get; set; } = "";
                public string Plan { get; set; } = "";
            }
            """;
        var models = Library("Contoso.Models", customer, RealPackages.All.Add(attributes));
        var exporter = Program("using Contoso.Models;", CustomerExporter).Replace("{|CG0002:", "").Replace("|}", "");
        var before = RealPackages.Compile(exporter, RealPackages.All.Add(attributes).Add(models));
        var tree = before.SyntaxTrees.Single();
        var after = before.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(0, 0), "// an edit\n"))));

        Assert.Equal(2, await FlowFindings(before));
        Assert.Equal(2, await FlowFindings(after));

        // The same customer type with a plain attribute of its own: nothing classifies it, whatever an earlier compilation knew.
        var plainModels = Library("Contoso.Models", customer.Replace("[Contoso.PrivateData] ", "[System.Obsolete] "), RealPackages.All);
        Assert.Equal(0, await FlowFindings(RealPackages.Compile(exporter, RealPackages.All.Add(plainModels))));
    }

    private static async Task<int> FlowFindings(Compilation compilation) =>
        (await compilation.WithAnalyzers(ConsentGuard.Tests.Infrastructure.ConsentGuardComponents.CreateAnalyzers()).GetAnalyzerDiagnosticsAsync())
            .Count(d => d.Id is "CG0001" or "CG0002");

    /// <summary>
    /// A library that carries its own copy of Identity's attribute (same full name, no package), applied there and in a
    /// library that references it: both still mark personal data.
    /// </summary>
    [Fact]
    public Task A_copy_of_the_identity_attribute_in_a_library_marks_personal_data()
    {
        var framework = ConsentGuard.Tests.Infrastructure.ConsentGuardComponents.Net80References;
        var copy = Library("Contoso.Identity", """
            namespace Microsoft.AspNetCore.Identity
            {
                [System.AttributeUsage(System.AttributeTargets.Property)]
                public class PersonalDataAttribute : System.Attribute { }
            }
            namespace Contoso.Identity
            {
                public class Account { public string Id { get; set; } = ""; [Microsoft.AspNetCore.Identity.PersonalData] public string Email { get; set; } = ""; }
            }
            """, framework);
        var users = Library("Contoso.Users", """
            namespace Contoso.Users;
            public class Profile { [Microsoft.AspNetCore.Identity.PersonalData] public string Phone { get; set; } = ""; }
            """, framework.Add(copy));
        var test = new ConsentGuard.Tests.Infrastructure.ConsentGuardTest
        {
            TestCode = Program("using Contoso.Identity;\nusing Contoso.Users;", """
                public class Exporter(ICorpus corpus)
                {
                    public void Export(Account account, Profile profile)
                    {
                        corpus.Add({|CG0002:account.Email|});
                        corpus.Add({|CG0002:profile.Phone|});
                        corpus.Add(account.Id);
                    }
                }
                """),
        };
        test.TestState.AdditionalReferences.Add(copy);
        test.TestState.AdditionalReferences.Add(users);
        return test.RunAsync();
    }

    /// <summary>What both classification tests export: the customer's classified address, checked and not, and a plain field.</summary>
    private const string CustomerExporter = """
        public class Exporter(IConsentProvider consent, ICorpus corpus)
        {
            public void Export(Customer customer)
            {
                if (consent.IsGranted(customer.Id, Purposes.GenerativeTraining))
                    corpus.Add({|CG0002:customer.HomeAddress|});
                corpus.Add(customer.Plan);
            }

            public void Unchecked(Customer customer) => corpus.Add({|CG0002:customer.HomeAddress|});
        }
        """;

    private static MetadataReference Library(string name, string source, System.Collections.Generic.IEnumerable<MetadataReference> references)
    {
        var compilation = CSharpCompilation.Create(name, [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new System.IO.MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
