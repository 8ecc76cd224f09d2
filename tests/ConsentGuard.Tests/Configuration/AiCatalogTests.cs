using System.Text.RegularExpressions;
using ConsentGuard.Tests.Infrastructure;
using System.Threading.Tasks;

namespace ConsentGuard.Tests.Configuration;

/// <summary>
/// The catalog's groups against the real AI packages: personal data sent unchecked to each group's representative
/// API is CG0001 (training: a fine-tuning upload; retrieval: a vector upsert; inference, once turned on: a chat
/// call), an upload for another purpose is not, a computed upload purpose is CG0008, and each has a consented twin.
/// </summary>
public sealed class AiCatalogTests
{
    private const string Usings = """
        #pragma warning disable OPENAI001, SKEXP0001, SKEXP0050, MEAI001
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Threading.Tasks;
        using ConsentGuard;

        """;

    /// <summary>Appended to every program (after its own usings).</summary>
    private const string MemberType = """

        public class Member
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData(PersonalDataCategory.Professional)]
            [ConsentPurpose(Purposes.GenerativeTraining), ConsentPurpose(Purposes.Personalization)]
            public string Headline { get; set; } = "";
            [PersonalData(PersonalDataCategory.UserContent)]
            [ConsentPurpose(Purposes.GenerativeTraining), ConsentPurpose(Purposes.Personalization)]
            public string LatestPost { get; set; } = "";
        }
        """;

    private static ConsentGuardTest Run(string program, string globalConfig = "") => RealPackages.Test(program + MemberType, globalConfig: globalConfig);

    private static string Clean(string code) => Regex.Replace(code, @"\{\|CG0001:(.*?)\|\}", "$1");

    // ------------------------------------------------------------------ training: uploads told apart by purpose

    private const string UploadProgram = Usings + """
        using OpenAI.Files;
        using Microsoft.Extensions.AI;

        public class Uploads(IConsentProvider consent, OpenAIFileClient files, IHostedFileClient hosted)
        {
            private static BinaryData Jsonl(IEnumerable<Member> members) => BinaryData.FromString(string.Join("\n", members.Select(m => m.Headline + " " + m.LatestPost)));

            public OpenAIFile FineTuneUpload(List<Member> members) =>
                files.UploadFile({|CG0001:Jsonl(members)|}, "train.jsonl", FileUploadPurpose.FineTune).Value;

            public async Task<OpenAIFile> FineTuneUploadByName(Member m) =>
                (await files.UploadFileAsync({|CG0001:BinaryData.FromString(m.LatestPost)|}, "train.jsonl", "fine-tune")).Value;

            public OpenAIFile FineTuneUploadThroughALocal(List<Member> members)
            {
                var purpose = FileUploadPurpose.FineTune;
                return files.UploadFile({|CG0001:Jsonl(members)|}, "train.jsonl", purpose).Value;
            }

            public async Task<HostedFileContent> HostedFineTuneUpload(Member m) =>
                await hosted.UploadAsync({|CG0001:new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.LatestPost))|}, "application/jsonl", "train.jsonl",
                    new HostedFileClientOptions { Purpose = "fine-tune" });

            // Another purpose is not training: no finding.
            public OpenAIFile KnowledgeBase(Member m) =>
                files.UploadFile(BinaryData.FromString(m.Headline), "profile.txt", FileUploadPurpose.Assistants).Value;

            public OpenAIFile BatchInput(List<Member> members) =>
                files.UploadFile(Jsonl(members), "batch.jsonl", FileUploadPurpose.Batch).Value;

            public async Task<HostedFileContent> HostedAssistantsUpload(Member m) =>
                await hosted.UploadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.LatestPost)), "text/plain", "profile.txt",
                    new HostedFileClientOptions { Purpose = "assistants" });

            public async Task<HostedFileContent> HostedUploadWithoutPurpose(Member m) =>
                await hosted.UploadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.LatestPost)), "text/plain", "profile.txt", null);

            // The consented twin: no finding.
            public OpenAIFile ConsentedFineTuneUpload(List<Member> members) =>
                files.UploadFile(Jsonl(members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining))), "train.jsonl", FileUploadPurpose.FineTune).Value;
        }
        """;

    [Fact]
    public Task A_fine_tuning_upload_of_member_data_is_caught_and_other_uploads_are_not() => Run(UploadProgram).RunAsync();

    [Fact]
    public Task Uploads_are_not_sinks_when_the_training_group_is_off() =>
        Run(Clean(UploadProgram), globalConfig: "consentguard.catalog.training = false\n").RunAsync();

    [Fact]
    public Task An_upload_whose_purpose_is_computed_is_unverifiable_and_counts_as_training()
    {
        var test = Run(Usings + """
            using OpenAI.Files;

            public class Uploads(OpenAIFileClient files)
            {
                public OpenAIFile Upload(Member m, FileUploadPurpose purpose) =>
                    files.UploadFile({|CG0001:BinaryData.FromString(m.Headline)|}, "data.jsonl", {|#0:purpose|}).Value;

                public OpenAIFile UploadNamed(Member m, string purpose) =>
                    files.UploadFile({|CG0001:BinaryData.FromString(m.Headline)|}, "data.jsonl", {|#1:purpose|}).Value;
            }
            """);
        foreach (var location in new[] { 0, 1 })
            test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(ConsentGuard.Analyzers.Diagnostics.DiagnosticDescriptors.NonConstantPurpose)
                .WithLocation(location).WithArguments("'UploadFile' (as 'purpose')", ": the call is a GenerativeTraining sink when it is FineTune or fine-tune, so it is treated as one"));
        return test.RunAsync();
    }

    // ------------------------------------------------------------------ retrieval: vector upserts

    private const string VectorProgram = Usings + """
        using Microsoft.Extensions.AI;
        using Microsoft.Extensions.VectorData;

        public class ProfileRecord
        {
            [VectorStoreKey] public string Key { get; set; } = "";
            [VectorStoreData] public string Text { get; set; } = "";
            [VectorStoreVector(8)] public ReadOnlyMemory<float> Embedding { get; set; }
        }

        public class ProfileIndex(IConsentProvider consent, IEmbeddingGenerator<string, Embedding<float>> embeddings, VectorStoreCollection<string, ProfileRecord> collection)
        {
            public async Task Index(Member m)
            {
                var vector = await embeddings.GenerateVectorAsync(m.Headline);
                await collection.UpsertAsync({|CG0001:new ProfileRecord { Key = m.Id, Text = m.Headline, Embedding = vector }|});
            }

            public async Task IndexAll(List<Member> members)
            {
                var records = new List<ProfileRecord>();
                foreach (var m in members)
                    records.Add(new ProfileRecord { Key = m.Id, Text = m.LatestPost });
                await collection.UpsertAsync({|CG0001:records|});
            }

            public async Task IndexConsented(Member m)
            {
                if (!consent.IsGranted(m.Id, Purposes.Personalization))
                    return;
                var vector = await embeddings.GenerateVectorAsync(m.Headline);
                await collection.UpsertAsync(new ProfileRecord { Key = m.Id, Text = m.Headline, Embedding = vector });
            }
        }
        """;

    [Fact]
    public Task A_vector_upsert_of_member_data_is_caught() => Run(VectorProgram).RunAsync();

    [Fact]
    public Task Vector_upserts_are_not_sinks_when_the_retrieval_group_is_off() =>
        Run(Clean(VectorProgram), globalConfig: "consentguard.catalog.retrieval = false\n").RunAsync();

    [Fact]
    public Task The_retrieval_purpose_is_configurable() =>
        RealPackages.Test(
            VectorProgram.Replace("consent.IsGranted(m.Id, Purposes.Personalization)", "consent.IsGranted(m.Id, Purposes.Analytics)")
            + MemberType.Replace("ConsentPurpose(Purposes.Personalization)]", "ConsentPurpose(Purposes.Analytics)]"),
            globalConfig: "consentguard.catalog.retrieval = Analytics\n").RunAsync();

    [Fact]
    public Task Data_declared_for_another_purpose_than_the_retrieval_one_is_CG0002() =>
        Run(VectorProgram.Replace("CG0001", "CG0002").Replace("await collection.UpsertAsync(new ProfileRecord", "await collection.UpsertAsync({|CG0002:new ProfileRecord").Replace("Embedding = vector });\n    }\n}", "Embedding = vector }|});\n    }\n}"),
            globalConfig: "consentguard.catalog.retrieval = Analytics\n").RunAsync();

    // ------------------------------------------------------------------ inference: prompts, off by default

    private const string ChatProgram = Usings + """
        using Microsoft.Extensions.AI;

        public class Assistant(IConsentProvider consent, IChatClient chat)
        {
            public Task<ChatResponse> Interpolated(Member m) =>
                chat.GetResponseAsync({|CG0001:$"Suggest a better headline than: {m.Headline}"|});

            public Task<ChatResponse> Pipeline(Member m)
            {
                IChatClient pipeline = new ChatClientBuilder(chat).ConfigureOptions(o => o.Temperature = 0).Build();
                return pipeline.GetResponseAsync({|CG0001:"Summarize: " + m.LatestPost|});
            }

            public async Task<string> Streaming(Member m)
            {
                var text = "";
                await foreach (var update in chat.GetStreamingResponseAsync({|CG0001:m.LatestPost|}))
                    text += update.Text;
                return text;
            }

            public Task<ChatResponse> Consented(Member m) =>
                consent.IsGranted(m.Id, Purposes.Personalization)
                    ? chat.GetResponseAsync($"Suggest a better headline than: {m.Headline}")
                    : Task.FromResult(new ChatResponse());

            // No personal data: no finding.
            public Task<ChatResponse> Generic() => chat.GetResponseAsync("Suggest a headline for a software engineer");
        }
        """;

    private const string InferenceOn = "consentguard.catalog.inference = Personalization\n";

    [Fact]
    public Task With_inference_on_a_chat_call_with_member_data_is_caught() => Run(ChatProgram, globalConfig: InferenceOn).RunAsync();

    [Fact]
    public Task Inference_is_off_by_default() => Run(Clean(ChatProgram)).RunAsync();

    [Fact]
    public Task Inference_takes_a_purpose_defined_with_DefinePurpose() =>
        RealPackages.Test(
            ChatProgram.Replace("using Microsoft.Extensions.AI;\n", "using Microsoft.Extensions.AI;\n[assembly: DefinePurpose(\"CareerCoaching\")]\n")
                .Replace("consent.IsGranted(m.Id, Purposes.Personalization)", "consent.IsGranted(m.Id, \"CareerCoaching\")")
            + MemberType.Replace("ConsentPurpose(Purposes.Personalization)]", "ConsentPurpose(Purposes.Personalization), ConsentPurpose(\"CareerCoaching\")]"),
            globalConfig: "consentguard.catalog.inference = CareerCoaching\n").RunAsync();

    [Fact]
    public Task An_unknown_inference_purpose_is_CG0005_and_leaves_inference_off()
    {
        var test = Run(Clean(ChatProgram), globalConfig: "consentguard.catalog.inference = Coaching\n");
        test.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult(ConsentGuard.Analyzers.Diagnostics.DiagnosticDescriptors.UnknownPurpose)
            .WithArguments("consentguard.catalog.inference = Coaching", "is not a known purpose; use one of ConsentGuard.Purposes or declare it with [assembly: DefinePurpose(\"Coaching\")]"));
        return test.RunAsync();
    }

    // ------------------------------------------------------------------ data into messages: the usual carriers

    private const string CarrierProgram = Usings + """
        using Microsoft.Extensions.AI;

        public class Carriers(IChatClient chat)
        {
            public Task<ChatResponse> ThroughAChatMessage(Member m) =>
                chat.GetResponseAsync({|CG0001:new ChatMessage(ChatRole.User, m.Headline)|});

            public Task<ChatResponse> ThroughTextContent(Member m) =>
                chat.GetResponseAsync({|CG0001:new ChatMessage(ChatRole.User, new List<AIContent> { new TextContent(m.LatestPost) })|});

            public Task<ChatResponse> ThroughAMessageList(Member m)
            {
                var messages = new List<ChatMessage> { new(ChatRole.System, "You write headlines.") };
                messages.Add(new ChatMessage(ChatRole.User, m.Headline));
                return chat.GetResponseAsync({|CG0001:messages|});
            }

            public Task<ChatResponse> ThroughACollectionExpression(Member m) =>
                chat.GetResponseAsync({|CG0001:[new ChatMessage(ChatRole.System, "You write headlines."), new ChatMessage(ChatRole.User, $"Mine is {m.Headline}")]|});

            public Task<ChatResponse> ThroughATemplate(Member m)
            {
                const string Template = "Rewrite this headline: {0}";
                return chat.GetResponseAsync({|CG0001:string.Format(Template, m.Headline)|});
            }
        }
        """;

    [Fact]
    public Task Member_data_reaches_the_prompt_through_messages_contents_lists_and_templates() =>
        Run(CarrierProgram, globalConfig: InferenceOn).RunAsync();

    // ------------------------------------------------------------------ the other SDKs' inference entries

    private const string SdkProgram = Usings + """
        using System.ClientModel;
        using Azure.AI.OpenAI;
        using OpenAI.Chat;
        using OpenAI.Embeddings;
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.ChatCompletion;
        using Anthropic;
        using Anthropic.Models.Messages;

        public class Sdks(IConsentProvider consent, AzureOpenAIClient azure, AnthropicClient anthropic, Kernel kernel, IChatCompletionService completion)
        {
            public ClientResult<ChatCompletion> AzureChat(Member m) =>
                azure.GetChatClient("gpt-4o").CompleteChat({|CG0001:new UserChatMessage(m.Headline)|});

            public ClientResult<OpenAIEmbedding> AzureEmbedding(Member m) =>
                azure.GetEmbeddingClient("text-embedding-3-small").GenerateEmbedding({|CG0001:m.LatestPost|});

            public Task<FunctionResult> SemanticKernelPrompt(Member m) =>
                kernel.InvokePromptAsync({|CG0001:$"Improve this headline: {m.Headline}"|});

            public Task<FunctionResult> SemanticKernelTemplate(Member m) =>
                kernel.InvokePromptAsync("Improve this headline: {{$headline}}", {|CG0001:new KernelArguments { ["headline"] = m.Headline }|});

            public Task<IReadOnlyList<Microsoft.SemanticKernel.ChatMessageContent>> SemanticKernelChat(Member m)
            {
                var history = new ChatHistory();
                history.AddUserMessage(m.LatestPost);
                return completion.GetChatMessageContentsAsync({|CG0001:history|});
            }

            public Task<Message> AnthropicMessage(Member m) =>
                anthropic.Messages.Create({|CG0001:new MessageCreateParams { Model = "claude-sonnet-4-5", MaxTokens = 256, Messages = [new MessageParam(new UserMessageParam(m.Headline), null)] }|});

            public Task<Message>? AnthropicConsented(Member m) =>
                consent.IsGranted(m.Id, Purposes.Personalization)
                    ? anthropic.Messages.Create(new MessageCreateParams { Model = "claude-sonnet-4-5", MaxTokens = 256, Messages = [new MessageParam(new UserMessageParam(m.Headline), null)] })
                    : null;
        }
        """;

    [Fact]
    public Task With_inference_on_OpenAI_Azure_Semantic_Kernel_and_Anthropic_calls_are_caught() =>
        Run(SdkProgram, globalConfig: InferenceOn).RunAsync();
}
