using System.Threading.Tasks;
using ConsentGuard.Analyzers.Diagnostics;
using ConsentGuard.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace ConsentGuard.Tests.Configuration;

/// <summary>
/// ConsentGuard.txt end to end: each verb changes what the flow analyzer reports exactly as the attribute
/// would, and CG0010 lands on the offending line of the additional file.
/// </summary>
public sealed class ConfigFileAnalyzerTests
{
    private const string Domain = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using ConsentGuard;

        public class Member
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData(PersonalDataCategory.Contact)] public string Email { get; set; } = "";
            [PersonalData(PersonalDataCategory.Professional)]
            [ConsentPurpose(Purposes.GenerativeTraining)]
            public string Headline { get; set; } = "";
        }

        public interface ICorpus
        {
            [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
        }

        public interface IProfileIndex
        {
            [ConsentSink(Purposes.Personalization)] void Index(string text);
        }

        namespace Acme.Sdk
        {
            public sealed class TrainingClient
            {
                public void Submit(string example) { }
                public void Submit(string example, int weight) { }
                public void Ping(string message) { }
            }
            public sealed class Profile
            {
                public string UserId { get; set; } = "";
                public string Bio { get; set; } = "";
                public int Visits { get; set; }
            }
            public sealed class Dataset { public void Append(string row) { } public void Append(string row, string label) { } }
            public static class LegacyConsent { public static bool HasAiConsent(string userId) => false; }
            public static class Export { public static string LoadConsentedText() => ""; }
            public static class Text { public static string Scrub(string text) => ""; public static string Trim(string text) => text; }
        }

        """;

    private static Task Verify(string code, params (string Path, string Text)[] files) => Verify(code, builtinCatalog: null, files);

    private static Task Verify(string code, bool? builtinCatalog, params (string Path, string Text)[] files)
    {
        var test = new ConsentGuardTest { TestCode = Domain + code };
        foreach (var file in files)
            test.TestState.AdditionalFiles.Add(file);
        if (builtinCatalog is { } on)
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nconsentguard.builtin_catalog = " + (on ? "true" : "false") + "\n"));
        return test.RunAsync();
    }

    [Fact]
    public Task A_declared_sink_needs_consent_like_an_attributed_one() => Verify("""
        public class Uploader(IConsentProvider consent, Acme.Sdk.TrainingClient client)
        {
            public void Unchecked(Member m) => client.Submit({|CG0001:m.Headline|});
            public void OtherOverload(Member m) => client.Submit({|CG0001:m.Headline|}, 2);
            public void Checked(Member m)
            {
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                    client.Submit(m.Headline);
            }
            public void NotASink(Member m) => client.Ping(m.Headline);
        }
        """,
        ("/ConsentGuard.txt", "sink GenerativeTraining M:Acme.Sdk.TrainingClient.Submit\n"));

    [Fact]
    public Task A_declared_sink_on_a_type_makes_every_public_parameter_a_sink() => Verify("""
        public class Uploader(Acme.Sdk.Dataset data)
        {
            public void Rows(Member m) { data.Append({|CG0001:m.Headline|}); data.Append("x", {|CG0001:m.Headline|}); }
        }
        """,
        ("/ConsentGuard.txt", "sink GenerativeTraining T:Acme.Sdk.Dataset\n"));

    [Fact]
    public Task A_declared_source_is_personal_data_without_purposes_until_declared() => Verify("""
        public class Uploader(IConsentProvider consent, ICorpus corpus)
        {
            public void Bio(Acme.Sdk.Profile p)
            {
                if (consent.IsGranted(p.UserId, Purposes.GenerativeTraining))
                    corpus.Add({|CG0002:p.Bio|});
            }
            public void Visits(Acme.Sdk.Profile p) => corpus.Add(p.Visits.ToString());
        }
        """,
        ("/ConsentGuard.txt", "source UserContent P:Acme.Sdk.Profile.Bio\n"));

    [Fact]
    public Task A_declared_purpose_lets_a_declared_source_reach_that_purpose_after_a_check() => Verify("""
        public class Uploader(IConsentProvider consent, ICorpus corpus)
        {
            public void Unchecked(Acme.Sdk.Profile p) => corpus.Add({|CG0001:p.Bio|});
            public void Checked(Acme.Sdk.Profile p)
            {
                if (consent.IsGranted(p.UserId, Purposes.GenerativeTraining))
                    corpus.Add(p.Bio);
            }
        }
        """,
        ("/ConsentGuard.txt", """
            source UserContent P:Acme.Sdk.Profile.Bio
            purpose GenerativeTraining P:Acme.Sdk.Profile.Bio
            """));

    [Fact]
    public Task A_declared_check_establishes_consent_for_its_purpose() => Verify("""
        public class Uploader(ICorpus corpus)
        {
            public void Checked(Member m)
            {
                if (Acme.Sdk.LegacyConsent.HasAiConsent(m.Id))
                    corpus.Add(m.Headline);
            }
            public void Unchecked(Member m) => corpus.Add({|CG0001:m.Headline|});
        }
        """,
        ("/ConsentGuard.txt", "check GenerativeTraining M:Acme.Sdk.LegacyConsent.HasAiConsent(System.String)\n"));

    [Fact]
    public Task A_declared_cleared_method_returns_data_already_cleared_for_its_purpose() => Verify("""
        public class Uploader(ICorpus corpus, IProfileIndex index)
        {
            public void Consented() => corpus.Add(Acme.Sdk.Export.LoadConsentedText());
            public void OtherPurpose() => index.Index({|CG0003:Acme.Sdk.Export.LoadConsentedText()|});
        }
        """,
        ("/ConsentGuard.txt", "cleared GenerativeTraining M:Acme.Sdk.Export.LoadConsentedText\n"));

    [Fact]
    public Task A_declared_anonymizer_returns_data_that_is_no_longer_personal() => Verify("""
        public class Uploader(ICorpus corpus)
        {
            public void Scrubbed(Member m) => corpus.Add(Acme.Sdk.Text.Scrub(m.Headline));
            public void Trimmed(Member m) => corpus.Add({|CG0001:Acme.Sdk.Text.Trim(m.Headline)|});
        }
        """,
        ("/ConsentGuard.txt", "anonymizer M:Acme.Sdk.Text.Scrub(System.String)\n"));

    [Fact]
    public Task Several_files_are_merged() => Verify("""
        public class Uploader(Acme.Sdk.TrainingClient client)
        {
            public void Unchecked(Acme.Sdk.Profile p) => client.Submit({|CG0001:p.Bio|});
        }
        """,
        ("/src/ConsentGuard.txt", "sink GenerativeTraining M:Acme.Sdk.TrainingClient.Submit(System.String)\n"),
        ("/shared/ConsentGuard.txt", "source UserContent P:Acme.Sdk.Profile.Bio\npurpose GenerativeTraining T:Acme.Sdk.Profile\n"));

    [Fact]
    public Task Invalid_lines_are_reported_on_their_line_of_the_file() => Verify(
        "public class Nothing { }\n",
        ("/ConsentGuard.txt", """
            # declarations for the Acme SDK
            sink GenerativeTraining M:Acme.Sdk.TrainingClient.Submit(System.String)
            {|CG0010:sink GenerativeTraining M:Acme.Sdk.TrainingClient.Upload(System.String)|}
            {|CG0010:sink Training M:Acme.Sdk.TrainingClient.Submit(System.String)|}
            {|CG0010:source Email P:Acme.Sdk.Profile.Bio|}
            {|CG0010:declare GenerativeTraining M:Acme.Sdk.TrainingClient.Submit|}
            {|CG0010:check GenerativeTraining P:Acme.Sdk.Profile.Bio|}
            """));

    [Fact]
    public async Task The_message_names_the_line_and_the_problem()
    {
        var test = new ConsentGuardTest { TestCode = Domain };
        test.TestState.AdditionalFiles.Add(("/ConsentGuard.txt", "# comment\n\nsink GenerativeTraining M:Acme.Sdk.TrainingClient.Submit(System.Int32)\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.InvalidConfigLine)
            .WithSpan("/ConsentGuard.txt", 3, 1, 3, 71)
            .WithArguments("ConsentGuard.txt line 3", "'M:Acme.Sdk.TrainingClient.Submit(System.Int32)' matches no symbol in this compilation or its references; it has: M:Acme.Sdk.TrainingClient.Submit(System.String), M:Acme.Sdk.TrainingClient.Submit(System.String,System.Int32)"));
        await test.RunAsync();
    }

    [Fact]
    public Task Files_of_another_name_are_not_read() => Verify(
        "public class Nothing { }\n",
        ("/BannedSymbols.txt", "M:Nothing.Here;not ours\n"),
        ("/ConsentGuard.txt.orig", "this is not read\n"));

    // The catalog resolves against whatever is compiled: a stand-in for the OpenAI SDK in source shows it
    // applying by default and switched off by the global analyzer config, with no package involved.
    private const string OpenAiStandIn = """
        namespace OpenAI.FineTuning
        {
            public class FineTuningOptions { public string ValidationFile { get; set; } = ""; }
        }

        public class Tuner
        {
            public void Validate(Member m) => new OpenAI.FineTuning.FineTuningOptions { ValidationFile = {|CG0001:m.Headline|} };
        }
        """;

    [Fact]
    public Task The_built_in_catalog_is_on_by_default() => Verify(OpenAiStandIn);

    [Fact]
    public Task The_built_in_catalog_can_be_switched_on_explicitly() => Verify(OpenAiStandIn, builtinCatalog: true);

    [Fact]
    public Task The_built_in_catalog_is_off_with_the_global_config_switch() =>
        Verify(OpenAiStandIn.Replace("{|CG0001:m.Headline|}", "m.Headline"), builtinCatalog: false);
}
