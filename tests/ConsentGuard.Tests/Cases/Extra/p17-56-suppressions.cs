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

public class Exporter(ICorpus corpus)
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ConsentGuard.Flow", "CG0001", Justification = "synthetic members only")]
    public void Attribute(Member m) => corpus.Add(m.Headline);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("ConsentGuard.Flow", "CG0002")]
    public void OtherIdSuppressed(Member m) => corpus.Add({|CG0001:m.Headline|});

    public void NotSuppressed(Member m) => corpus.Add({|CG0001:m.Headline|});

    // last in the file: the test framework re-runs every case inside a file-wide `#pragma warning disable`, and a
    // `restore` here would re-enable CG0001 for the code after it
    public void Pragma(Member m)
    {
#pragma warning disable CG0001 // reviewed: synthetic members only
        corpus.Add(m.Headline);
    }
}
