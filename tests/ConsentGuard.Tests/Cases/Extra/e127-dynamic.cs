using System;
using System.Collections.Generic;
using System.Dynamic;
using ConsentGuard;

public class Member
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent)]
    [ConsentPurpose(Purposes.GenerativeTraining)]
    public string Post { get; set; } = "";
    public string Motto { get; set; } = "";
}

public interface ICorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text);
    [ConsentSink(Purposes.GenerativeTraining)] void AddNumber(int n);
    [ConsentSink(Purposes.GenerativeTraining)] void AddBytes(byte[] bytes);
}

// Probe of issue #18 shape 5: dynamic through object, ExpandoObject, dynamic reads assigned to static locals.
// (Variants the analyzer does not agree with yet are listed in docs/semantics.md §5.)
public class DynamicVariants(ICorpus corpus, IConsentProvider consent)
{
    public void ThroughObject(Member m) { object o = m; dynamic d = o; corpus.Add({|CG0001:d.Post|}); }
    public void AssignedToString(Member m) { dynamic d = m; string s = d.Post; corpus.Add({|CG0001:s|}); }
    public void CallOnDynamicRead(Member m) { dynamic d = m; corpus.Add({|CG0001:d.Post.ToUpper()|}); }
    public void Expando(Member m) { dynamic e = new ExpandoObject(); e.Text = m.Post; corpus.Add({|CG0001:e.Text|}); }
    public void ExpandoAsDictionary(Member m)
    {
        var e = new ExpandoObject();
        ((IDictionary<string, object?>)e)["Text"] = m.Post;
        dynamic d = e;
        corpus.Add({|CG0001:d.Text|});
    }

    public void ExpandoPublic(Member m) { dynamic e = new ExpandoObject(); e.Text = m.Motto; corpus.Add(e.Text); }
    public void Checked(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            return;
        object o = m;
        dynamic d = o;
        corpus.Add(d.Post);
    }
}
