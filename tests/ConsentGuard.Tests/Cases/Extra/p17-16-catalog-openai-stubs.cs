using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConsentGuard;

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

namespace System
{
    // System.Memory.Data is not in the .NET reference assemblies; OpenAI's SDK takes this type.
    public class BinaryData
    {
        private readonly string _text;
        private BinaryData(string text) { _text = text; }
        public static BinaryData FromString(string data) => new BinaryData(data);
        public override string ToString() => _text;
    }
}

namespace OpenAI.Files
{
    public readonly struct FileUploadPurpose
    {
        private readonly string _value;
        public FileUploadPurpose(string value) { _value = value; }
        public static FileUploadPurpose FineTune { get; } = new FileUploadPurpose("fine-tune");
        public static FileUploadPurpose Assistants { get; } = new FileUploadPurpose("assistants");
        public static implicit operator FileUploadPurpose(string value) => new FileUploadPurpose(value);
        public override string ToString() => _value ?? "";
    }

    public class OpenAIFile
    {
        public string Id { get; init; } = "";
    }

    public class OpenAIFileClient
    {
        public virtual OpenAIFile UploadFile(BinaryData file, string filename, FileUploadPurpose purpose) => new OpenAIFile { Id = filename };
    }
}

namespace OpenAI.FineTuning
{
    public class FineTuningOptions { }

    public class FineTuningJob { }

    public class FineTuningClient
    {
        public virtual FineTuningJob FineTune(string baseModel, string trainingFileId, bool waitUntilCompleted, FineTuningOptions? options = null, CancellationToken cancellationToken = default)
            => new FineTuningJob();
    }
}

public class FineTuneExporter(IConsentProvider consent, OpenAI.Files.OpenAIFileClient files, OpenAI.FineTuning.FineTuningClient tuning)
{
    private static string Line(Member m) => "{\"messages\":[{\"role\":\"user\",\"content\":\"" + m.Headline + "\"}]}";

    public void Unchecked(IEnumerable<Member> members)
    {
        var jsonl = string.Join("\n", members.Select(Line));
        files.UploadFile({|CG0001:BinaryData.FromString(jsonl)|}, "train.jsonl", OpenAI.Files.FileUploadPurpose.FineTune);
    }

    public void UploadThenTune(Member m)
    {
        var file = files.UploadFile({|CG0001:BinaryData.FromString(Line(m))|}, "train.jsonl", OpenAI.Files.FileUploadPurpose.FineTune);
        tuning.FineTune("gpt-4o-mini", {|CG0001:file.Id|}, waitUntilCompleted: false);
    }

    public void StringPurpose(Member m) =>
        files.UploadFile({|CG0001:BinaryData.FromString(Line(m))|}, "train.jsonl", "fine-tune");

    public void Checked(IEnumerable<Member> members)
    {
        var jsonl = string.Join("\n", members.Where(m => consent.IsGranted(m.Id, Purposes.GenerativeTraining)).Select(Line));
        var file = files.UploadFile(BinaryData.FromString(jsonl), "train.jsonl", OpenAI.Files.FileUploadPurpose.FineTune);
        tuning.FineTune("gpt-4o-mini", file.Id, waitUntilCompleted: false);
    }

    public void NotForTraining(Member m) =>
        files.UploadFile(BinaryData.FromString(m.Headline), "profile.txt", OpenAI.Files.FileUploadPurpose.Assistants);

    public void ComputedPurpose(Member m, OpenAI.Files.FileUploadPurpose purpose) =>
        files.UploadFile({|CG0001:BinaryData.FromString(m.Headline)|}, "data.jsonl", {|CG0008:purpose|});

    public void PublicData() =>
        files.UploadFile(BinaryData.FromString("{\"messages\":[]}"), "train.jsonl", OpenAI.Files.FileUploadPurpose.FineTune);
}
