// Issue #18 (probe17 p17-67): a library call that copies or writes, given personal data by its receiver or arguments, fills
// the buffers passed to it (arrays, streams, collections that are locals of the body).
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
    [ConsentSink(Purposes.GenerativeTraining)] void Upload(System.IO.Stream data);
    [ConsentSink(Purposes.GenerativeTraining)] void UploadBytes(byte[] data);
}

public class Exporter(ICorpus corpus, IUploader uploader)
{
    public void ArrayCopy(Member[] members)
    {
        var heads = members.Select(m => m.Headline).ToArray();
        var copy = new string[heads.Length];
        Array.Copy(heads, copy, heads.Length);
        corpus.Add({|CG0001:copy[0]|});
    }

    public void ListCopyTo(List<Member> members)
    {
        var heads = members.Select(m => m.Headline).ToList();
        var copy = new string[heads.Count];
        heads.CopyTo(copy);
        corpus.Add({|CG0001:copy[0]|});
    }

    public void StringCopyTo(Member m)
    {
        var chars = new char[3];
        m.Headline.CopyTo(0, chars, 0, 3);
        corpus.Add({|CG0001:new string(chars)|});
    }

    public void StreamCopyTo(Member m)
    {
        var source = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Headline));
        var target = new System.IO.MemoryStream();
        source.CopyTo(target);
        uploader.Upload({|CG0001:target|});
    }


    // Compliant twins: public data copied; a buffer the call reads from only (a count returned into a local), a comparison.
    public void GetBytesIntoBuffer(Member m)
    {
        var buffer = new byte[256];
        var n = System.Text.Encoding.UTF8.GetBytes(m.Headline, 0, m.Headline.Length, buffer, 0);
        uploader.UploadBytes({|CG0001:buffer|});
    }

    public void PublicCopy(Member[] members)
    {
        var counts = members.Select(m => m.Connections.ToString()).ToArray();
        var copy = new string[counts.Length];
        Array.Copy(counts, copy, counts.Length);
        corpus.Add(copy[0]);
    }
    public void Compared(Member m, List<string> seen)
    {
        if (seen.Contains(m.Headline))
            corpus.Add(seen.Count.ToString());
        uploader.UploadBytes(new byte[0]);
    }
}
