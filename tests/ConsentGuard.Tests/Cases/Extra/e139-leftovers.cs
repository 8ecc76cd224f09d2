using System;
using System.Collections.Generic;
using System.Threading.Tasks;
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

public record Draft(string Text, string Note);

// Probe of issue #18 shapes 1 and 8: Lazy<T> of a Func field, Task.Run with a method group, record class `with`, `in`.
// (Variants the analyzer does not agree with yet are listed in docs/semantics.md §5.)
public class Leftovers(ICorpus corpus)
{
    private readonly List<Member> _members = new();
    private readonly Func<string> _load;
    public Leftovers(ICorpus corpus, bool b) : this(corpus) => _load = LoadPost;
    private string LoadPost() => _members[0].Post;
    private void SendFirst() => corpus.Add({|CG0001:_members[0].Post|});
    private void SendIn(in string s) => corpus.Add(s);

    public void LazyOfFuncField() { var lazy = new Lazy<string>(_load); corpus.Add({|CG0001:lazy.Value|}); }
    public Task RunMethodGroup() => Task.Run(SendFirst);
    public void RecordWithKeeps(Member m) { var d = new Draft(m.Post, ""); var d2 = d with { Note = "x" }; corpus.Add({|CG0001:d2.Text|}); }
    public void InParameter(Member m) { var s = m.Post; SendIn(in {|CG0001:s|}); }
}
