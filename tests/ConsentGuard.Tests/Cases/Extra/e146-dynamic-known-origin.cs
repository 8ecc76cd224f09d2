using System.Collections.Generic;
using System.Dynamic;
using ConsentGuard;

// Issue #18 shape 5: a dynamic value whose static origin is known (a local assigned once from a typed expression, or a cast
// to dynamic) reads the member of that type as a static read would: `d.Motto` of a Member is not personal. When that type has
// no such member (the run-time type may be a derived one, an ExpandoObject) or the origin is `object`, every member of that
// name may be read, with the receiver's data.

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    public string Post { get; set; } = "";
    public string Motto { get; set; } = "";
}

public class Note { public string Body = ""; public string Title = ""; }

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
}

public class DynamicReads(ICorpus corpus)
{
    public void PersonalMember(Member m) { dynamic d = m; corpus.Add({|CG0001:d.Post|}); }

    public void CastPersonalMember(Member m) => corpus.Add({|CG0001:((dynamic)m).Post|});

    public void ThroughObject(Member m) { object o = m; dynamic d = o; corpus.Add({|CG0001:d.Post|}); }

    public void Expando(Member m) { dynamic e = new ExpandoObject(); e.Text = m.Post; corpus.Add({|CG0001:e.Text|}); }

    public void WrittenMember(Member m) { var n = new Note { Body = m.Post }; dynamic d = n; corpus.Add({|CG0001:d.Body|}); }

    public void Reassigned(Member m, Note other) { dynamic d = other; d = m; corpus.Add({|CG0001:d.Post|}); }

    // Compliant twins: a public member of a known type, through a local or a cast; another member of an object written here.
    public void PublicMember(Member m) { dynamic d = m; corpus.Add(d.Motto); }

    public void CastPublicMember(Member m) => corpus.Add(((dynamic)m).Motto);

    public void OtherWrittenMember(Member m) { var n = new Note { Body = m.Post }; dynamic d = n; corpus.Add(d.Title); }
}
