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

public interface IUploader
{
    [ConsentSink(Purposes.GenerativeTraining)] void Upload(System.IO.Stream data, string name);
    [ConsentSink(Purposes.GenerativeTraining)] void UploadBytes(byte[] data, string name);
}

public class Exporter(IConsentProvider consent, IUploader uploader, ICorpus corpus)
{
    public void StringWriter(Member m)
    {
        using var sw = new System.IO.StringWriter();
        sw.WriteLine(m.Headline);
        corpus.Add({|CG0001:sw.ToString()|});
    }

    public void Utf8Bytes(Member m) =>
        uploader.UploadBytes({|CG0001:System.Text.Encoding.UTF8.GetBytes(m.Headline)|}, "train.jsonl");

    public void MemoryStreamFromBytes(Member m)
    {
        var ms = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Headline));
        uploader.Upload({|CG0001:ms|}, "train.jsonl");
    }

    public void StreamWriterOverMemoryStreamChecked(IEnumerable<Member> members)
    {
        var ms = new System.IO.MemoryStream();
        using (var writer = new System.IO.StreamWriter(ms, leaveOpen: true))
        {
            foreach (var m in members)
                if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                    writer.WriteLine(m.Headline);
        }
        ms.Position = 0;
        uploader.Upload(ms, "train.jsonl");
    }

    public void PublicStream()
    {
        var ms = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes("{}"));
        uploader.Upload(ms, "empty.json");
    }
}
