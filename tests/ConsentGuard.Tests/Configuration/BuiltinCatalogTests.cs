using System.Linq;
using System.Threading.Tasks;
using ConsentGuard.Analyzers.Configuration;
using ConsentGuard.Analyzers.Model;
using Microsoft.CodeAnalysis;

namespace ConsentGuard.Tests.Configuration;

/// <summary>
/// The built-in catalog against the real OpenAI and ML.NET packages: every entry resolves, and realistic
/// programs that send member data to each entry point without a consent check are caught.
/// </summary>
public sealed class BuiltinCatalogTests
{
    [Fact]
    public void Every_catalog_entry_resolves_to_exactly_its_symbol_in_the_real_packages()
    {
        var compilation = RealPackages.Compile();
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        var unresolved = BuiltinCatalog.Parsed.Declarations
            .Where(d => DeclarationIdResolver.Resolve(compilation, d.Id).Length != 1)
            .Select(d => d.Line.Number + ": " + d.Id.Text);
        Assert.Empty(unresolved);
    }

    [Fact]
    public void The_catalog_covers_openai_fine_tuning_and_ml_net_fit()
    {
        var compilation = RealPackages.Compile();
        var declarations = ExternalDeclarations.Create(compilation, options: null, ConsentModel.BuiltInPurposes.Contains);
        Assert.Empty(declarations.Problems);
        var builtin = declarations.Declarations.Where(d => d.IsBuiltin).ToList();
        Assert.Equal(BuiltinCatalog.Parsed.Declarations.Length, builtin.Count);
        Assert.Contains(builtin, d => d.Declaration.Argument == "GenerativeTraining" && d.Symbols.Single().ContainingType.Name == "FineTuningClient");
        Assert.Contains(builtin, d => d.Declaration.Argument == "ModelTraining" && d.Symbols.Single().ToDisplayString() == "Microsoft.ML.IEstimator<TTransformer>.Fit(Microsoft.ML.IDataView)");
    }

    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using ConsentGuard;

        """;

    // The fine-tuning API is marked [Experimental("OPENAI001")] in 2.15.0: real callers suppress it, so does this one.
    private const string OpenAiProgram = "#pragma warning disable OPENAI001\n" + Usings + """
        using System.ClientModel;
        using OpenAI.Files;
        using OpenAI.FineTuning;

        public class Member
        {
            [DataSubject] public string Id { get; set; } = "";
            [PersonalData(PersonalDataCategory.Professional)]
            [ConsentPurpose(Purposes.GenerativeTraining)]
            public string Headline { get; set; } = "";
            [PersonalData(PersonalDataCategory.UserContent)]
            [ConsentPurpose(Purposes.GenerativeTraining)]
            public string LatestPost { get; set; } = "";
        }

        public class AssistantTuner(IConsentProvider consent, OpenAIFileClient files, FineTuningClient tuning)
        {
            private static string Example(Member m) =>
                "{\"messages\":[{\"role\":\"user\",\"content\":\"Write a post\"},{\"role\":\"assistant\",\"content\":\"" + m.LatestPost + "\"}]}";

            private OpenAIFile Upload(IEnumerable<Member> members) =>
                files.UploadFile(BinaryData.FromString(string.Join("\n", members.Select(Example))), "train.jsonl", FileUploadPurpose.FineTune).Value;

            public FineTuningJob Unchecked(List<Member> members)
            {
                OpenAIFile file = files.UploadFile(BinaryData.FromString(string.Join("\n", members.Select(m => m.Headline + " " + m.LatestPost))), "train.jsonl", FileUploadPurpose.FineTune).Value;
                return tuning.FineTune("gpt-4o-mini-2024-07-18", {|CG0001:file.Id|}, waitUntilCompleted: false);
            }

            public async Task<FineTuningJob> UncheckedAsync(List<Member> members)
            {
                var upload = await files.UploadFileAsync(BinaryData.FromString(string.Join("\n", members.Select(Example))), "train.jsonl", FileUploadPurpose.FineTune);
                return await tuning.FineTuneAsync("gpt-4o-mini-2024-07-18", {|CG0001:upload.Value.Id|}, waitUntilCompleted: false);
            }

            public FineTuningJob UncheckedProtocol(List<Member> members)
            {
                var file = Upload(members);
                var body = BinaryContent.Create(BinaryData.FromObjectAsJson(new { model = "gpt-4o-mini-2024-07-18", training_file = file.Id }));
                return tuning.FineTune({|CG0001:body|}, waitUntilCompleted: false, options: null);
            }

            public async Task<FineTuningJob> UncheckedProtocolAsync(List<Member> members)
            {
                var file = Upload(members);
                return await tuning.FineTuneAsync({|CG0001:BinaryContent.Create(BinaryData.FromObjectAsJson(new { model = "gpt-4o-mini-2024-07-18", training_file = file.Id }))|}, false, null);
            }

            public FineTuningJob UncheckedValidation(List<Member> training, List<Member> validation)
            {
                var options = new FineTuningOptions { ValidationFile = {|CG0001:Upload(validation).Id|} };
                // the options carry the validation file's ID too: every argument of FineTune is a sink
                return tuning.FineTune("gpt-4o-mini-2024-07-18", {|CG0001:Upload(training).Id|}, false, {|CG0001:options|});
            }

            public FineTuningJob Consented(List<Member> members)
            {
                var consented = members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).ToList();
                var file = Upload(consented);
                return tuning.FineTune("gpt-4o-mini-2024-07-18", file.Id, waitUntilCompleted: false);
            }

            // Uploading for other purposes is not training: the catalog does not declare the upload itself.
            public OpenAIFile KnowledgeBase(Member m) =>
                files.UploadFile(BinaryData.FromString(m.Headline), "profile.txt", FileUploadPurpose.Assistants).Value;
        }
        """;

    [Fact]
    public Task OpenAI_fine_tuning_with_member_data_and_no_check_is_caught() => RealPackages.Test(OpenAiProgram).RunAsync();

    [Fact]
    public Task OpenAI_entries_are_gone_when_the_catalog_is_off() =>
        RealPackages.Test(System.Text.RegularExpressions.Regex.Replace(OpenAiProgram, @"\{\|CG0001:(.*?)\|\}", "$1"), builtinCatalog: false).RunAsync();

    private const string MlNetProgram = Usings + """
        using Microsoft.ML;
        using Microsoft.ML.Data;
        using Microsoft.ML.Trainers;
        using Microsoft.ML.Trainers.FastTree;

        public class MemberActivity
        {
            [DataSubject] public string MemberId { get; set; } = "";
            [PersonalData(PersonalDataCategory.Behavioral)]
            [ConsentPurpose(Purposes.ModelTraining)]
            public float SessionsPerWeek { get; set; }
            [PersonalData(PersonalDataCategory.Behavioral)]
            [ConsentPurpose(Purposes.ModelTraining)]
            public float MessagesSent { get; set; }
            [PersonalData(PersonalDataCategory.Behavioral)]
            [ConsentPurpose(Purposes.ModelTraining)]
            public bool Churned { get; set; }
        }

        public class ChurnModel(IConsentProvider consent)
        {
            private readonly MLContext _ml = new MLContext(seed: 1);

            private IEstimator<ITransformer> Features() =>
                _ml.Transforms.Concatenate("Features", nameof(MemberActivity.SessionsPerWeek), nameof(MemberActivity.MessagesSent));

            public ITransformer Pipeline(List<MemberActivity> members)
            {
                IDataView data = _ml.Data.LoadFromEnumerable(members);
                var pipeline = Features().Append(_ml.BinaryClassification.Trainers.SdcaLogisticRegression(labelColumnName: nameof(MemberActivity.Churned)));
                return pipeline.Fit({|CG0001:data|});
            }

            public ITransformer Trainer(List<MemberActivity> members)
            {
                var data = _ml.Transforms.Concatenate("Features", nameof(MemberActivity.SessionsPerWeek)).Fit({|CG0001:_ml.Data.LoadFromEnumerable(members)|}).Transform(_ml.Data.LoadFromEnumerable(members));
                var trainer = _ml.BinaryClassification.Trainers.LbfgsLogisticRegression(labelColumnName: nameof(MemberActivity.Churned));
                return trainer.Fit({|CG0001:data|});
            }

            public ITransformer ContinueTraining(List<MemberActivity> members, LinearModelParameters previous)
            {
                var data = _ml.Data.LoadFromEnumerable(members);
                return _ml.BinaryClassification.Trainers.LbfgsLogisticRegression(labelColumnName: nameof(MemberActivity.Churned)).Fit({|CG0001:data|}, previous);
            }

            public ITransformer ThroughTheInterface(IEstimator<ITransformer> estimator, IEnumerable<MemberActivity> members) =>
                estimator.Fit({|CG0001:_ml.Data.LoadFromEnumerable(members)|});

            public ITransformer Normalizer(List<MemberActivity> members) =>
                _ml.Transforms.NormalizeMinMax(nameof(MemberActivity.SessionsPerWeek)).Fit({|CG0001:_ml.Data.LoadFromEnumerable(members)|});

            public ITransformer WithValidationSet(List<MemberActivity> training, List<MemberActivity> validation)
            {
                var featurize = Features().Fit({|CG0001:_ml.Data.LoadFromEnumerable(training)|});
                var train = featurize.Transform(_ml.Data.LoadFromEnumerable(training));
                var validate = featurize.Transform(_ml.Data.LoadFromEnumerable(validation));
                var forest = _ml.BinaryClassification.Trainers.FastForest(labelColumnName: nameof(MemberActivity.Churned)).Fit({|CG0001:train|}, {|CG0001:validate|});
                var boosted = _ml.BinaryClassification.Trainers.LightGbm(labelColumnName: nameof(MemberActivity.Churned)).Fit({|CG0001:train|}, {|CG0001:validate|});
                return _ml.BinaryClassification.Trainers.FastTree(labelColumnName: nameof(MemberActivity.Churned)).Fit({|CG0001:train|});
            }

            public double CrossValidated(List<MemberActivity> members)
            {
                var data = _ml.Data.LoadFromEnumerable(members);
                var estimator = Features().Append(_ml.Regression.Trainers.Sdca(labelColumnName: nameof(MemberActivity.MessagesSent)));
                return _ml.Regression.CrossValidate({|CG0001:data|}, estimator, numberOfFolds: 5).Average(r => r.Metrics.RSquared);
            }

            public ITransformer Consented(List<MemberActivity> members)
            {
                var consented = members.Where(m => consent.IsGranted(m.MemberId, Purposes.ModelTraining));
                var data = _ml.Data.LoadFromEnumerable(consented);
                var pipeline = Features().Append(_ml.BinaryClassification.Trainers.SdcaLogisticRegression(labelColumnName: nameof(MemberActivity.Churned)));
                return pipeline.Fit(data);
            }

            // Scoring with a trained model is not training.
            public IDataView Score(ITransformer model, List<MemberActivity> members) => model.Transform(_ml.Data.LoadFromEnumerable(members));
        }
        """;

    [Fact]
    public Task MLNET_fit_on_an_IDataView_built_from_members_without_a_check_is_caught() => RealPackages.Test(MlNetProgram).RunAsync();

    [Fact]
    public Task MLNET_entries_are_gone_when_the_catalog_is_off() =>
        RealPackages.Test(System.Text.RegularExpressions.Regex.Replace(MlNetProgram, @"\{\|CG0001:(.*?)\|\}", "$1"), builtinCatalog: false).RunAsync();
}
