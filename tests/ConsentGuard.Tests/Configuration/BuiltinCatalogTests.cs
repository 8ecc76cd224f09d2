using System;
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
    public void Every_catalog_entry_resolves_in_its_own_package()
    {
        var compilation = RealPackages.Compile();
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        var wrong = BuiltinCatalog.Entries
            .Select(e => (Entry: e, Symbols: DeclarationIdResolver.Resolve(compilation, e.Declaration.Id)))
            .Where(r => (r.Entry.Declaration.Id.AllOverloads ? r.Symbols.IsEmpty : r.Symbols.Length != 1)
                        || r.Symbols.Any(s => !s.ContainingAssembly.Name.StartsWith(r.Entry.Package, StringComparison.Ordinal))
                        || (r.Entry.Declaration.Condition is { } condition && !r.Symbols.OfType<IMethodSymbol>().All(condition.AppliesTo)))
            .Select(r => r.Entry.Declaration.Line.Number + ": " + r.Entry.Declaration.Id.Text + " -> " + string.Join(", ", r.Symbols.Select(s => s.ContainingAssembly.Name)));
        Assert.Empty(wrong);
    }

    [Fact]
    public void The_ML_NET_entries_also_resolve_against_ML_NET_5()
    {
        var references = RealPackages.WithMlNet5();
        Assert.Contains(references, r => r.Display!.Contains("5.0.1", StringComparison.Ordinal) && r.Display.EndsWith("Microsoft.ML.Data.dll", StringComparison.Ordinal));
        var compilation = RealPackages.Compile(references: references);
        var mlNet = BuiltinCatalog.Entries.Where(e => e.Package.StartsWith("Microsoft.ML", StringComparison.Ordinal)).ToList();
        Assert.True(mlNet.Count >= 20, "expected the ML.NET entries");
        var unresolved = mlNet
            .Where(e => DeclarationIdResolver.Resolve(compilation, e.Declaration.Id) is var symbols
                        && (symbols.Length != 1 || compilation.GetMetadataReference(symbols[0].ContainingAssembly)?.Display?.Contains("5.0.1", StringComparison.Ordinal) != true))
            .Select(e => e.Declaration.Line.Number + ": " + e.Declaration.Id.Text);
        Assert.Empty(unresolved);
    }

    [Fact]
    public void The_catalog_covers_every_group_and_package_of_the_issue()
    {
        var compilation = RealPackages.Compile();
        var declarations = ExternalDeclarations.Create(compilation, options: null, ConsentModel.BuiltInPurposes.Contains);
        Assert.Empty(declarations.Problems);
        var builtin = declarations.Declarations.Where(d => d.IsBuiltin).ToList();
        // inference is off by default: every training and retrieval entry is in force, no inference one
        Assert.Equal(BuiltinCatalog.Entries.Count(e => e.Group != CatalogGroup.Inference), builtin.Count);
        Assert.Contains(builtin, d => d.Declaration.Argument == "GenerativeTraining" && d.Symbols.Single().ContainingType.Name == "FineTuningClient");
        Assert.Contains(builtin, d => d.Declaration.Argument == "ModelTraining" && d.Symbols.Single().ToDisplayString() == "Microsoft.ML.IEstimator<TTransformer>.Fit(Microsoft.ML.IDataView)");
        Assert.Contains(builtin, d => d.Declaration.Argument == "Personalization" && d.Symbols.Any(s => s.ContainingType.Name == "VectorStoreCollection"));
        var packages = BuiltinCatalog.Entries.Select(e => e.Package).Distinct().ToList();
        foreach (var package in new[] { "OpenAI", "Anthropic", "Microsoft.Extensions.AI", "Microsoft.Extensions.AI.Abstractions", "Microsoft.Extensions.VectorData.Abstractions",
                                        "Microsoft.SemanticKernel.Abstractions", "Microsoft.SemanticKernel.Core", "Microsoft.ML", "Microsoft.ML.FastTree", "Microsoft.ML.LightGbm" })
            Assert.Contains(package, packages);
        foreach (var group in CatalogGroups.All)
            Assert.Contains(BuiltinCatalog.Entries, e => e.Group == group);
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
                files.UploadFile({|CG0001:BinaryData.FromString(string.Join("\n", members.Select(Example)))|}, "train.jsonl", FileUploadPurpose.FineTune).Value;

            public FineTuningJob Unchecked(List<Member> members)
            {
                OpenAIFile file = files.UploadFile({|CG0001:BinaryData.FromString(string.Join("\n", members.Select(m => m.Headline + " " + m.LatestPost)))|}, "train.jsonl", FileUploadPurpose.FineTune).Value;
                return tuning.FineTune("gpt-4o-mini-2024-07-18", {|CG0001:file.Id|}, waitUntilCompleted: false);
            }

            public async Task<FineTuningJob> UncheckedAsync(List<Member> members)
            {
                var upload = await files.UploadFileAsync({|CG0001:BinaryData.FromString(string.Join("\n", members.Select(Example)))|}, "train.jsonl", FileUploadPurpose.FineTune);
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

            // An upload is a training sink only when its purpose is fine-tuning (the uploads above): other purposes are not training.
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
