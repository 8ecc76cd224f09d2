// Issue #18 (probe17): a library object made over an object of this body (a StreamWriter over a MemoryStream, a
// Utf8JsonWriter over an ArrayBufferWriter) writes into it: what is written to the wrapper lands in the wrapped buffer,
// the usual way to build a JSONL fine-tuning file before an upload. A shared object (Encoding.UTF8) is not written.
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

public class Exporter(IConsentProvider consent, IUploader uploader)
{
    public void StreamWriterOverMemoryStream(IEnumerable<Member> members)
    {
        var ms = new System.IO.MemoryStream();
        using (var writer = new System.IO.StreamWriter(ms, leaveOpen: true))
        {
            foreach (var m in members)
                writer.WriteLine(m.Headline);
        }
        ms.Position = 0;
        uploader.Upload({|CG0001:ms|}, "train.jsonl");
    }

    public void Utf8JsonWriter(Member m)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("headline", m.Headline);
            json.WriteEndObject();
        }
        uploader.UploadBytes({|CG0001:buffer.WrittenSpan.ToArray()|}, "one.json");
    }

    public void CompressedStream(Member m)
    {
        var ms = new System.IO.MemoryStream();
        using (var zip = new System.IO.Compression.GZipStream(ms, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new System.IO.StreamWriter(zip, System.Text.Encoding.UTF8))
            writer.WriteLine(m.Headline);
        uploader.Upload({|CG0001:ms|}, "train.jsonl.gz");
    }

    // Compliant twins: checked writes, a public value written, a second stream the writer does not wrap.
    public void CheckedWrites(IEnumerable<Member> members)
    {
        var ms = new System.IO.MemoryStream();
        using (var writer = new System.IO.StreamWriter(ms, leaveOpen: true))
        {
            foreach (var m in members.Where(x => consent.IsGranted(x.Id, Purposes.GenerativeTraining)))
                writer.WriteLine(m.Headline);
        }
        uploader.Upload(ms, "train.jsonl");
    }

    public void PublicWrites(IEnumerable<Member> members)
    {
        var ms = new System.IO.MemoryStream();
        using (var writer = new System.IO.StreamWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true))
            foreach (var m in members)
                writer.WriteLine(m.Connections);
        uploader.Upload(ms, "counts.txt");
        uploader.UploadBytes(System.Text.Encoding.UTF8.GetBytes("header"), "header.txt");
    }

    public void OtherStream(Member m)
    {
        var ms = new System.IO.MemoryStream();
        var other = new System.IO.MemoryStream();
        using (var writer = new System.IO.StreamWriter(ms, leaveOpen: true))
            writer.WriteLine(m.Headline);
        uploader.Upload(other, "empty.txt");
    }
}
