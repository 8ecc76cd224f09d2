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

public sealed class Box
{
    public string Text { get; set; } = "";
}

public class MemberOfPrivateObject(ICorpus corpus)
{
    private readonly Box _current = new();
    public void Collect(Member m) => _current.Text = m.Headline;
    public void Flush() => corpus.Add({|CG0001:_current.Text|});
}

public class PrivateStatic(ICorpus corpus)
{
    private static readonly List<string> s_pending = new();
    public static void Collect(Member m) => s_pending.Add(m.Headline);
    public void Flush() { foreach (var t in s_pending) corpus.Add({|CG0001:t|}); }
}

public class FromLambda(ICorpus corpus)
{
    private readonly List<string> _pending = new();
    public void Collect(List<Member> members) => members.ForEach(m => _pending.Add(m.Headline));
    public void Flush() { foreach (var t in _pending) corpus.Add({|CG0001:t|}); }
}

public class AfterAwait(ICorpus corpus)
{
    private readonly List<string> _pending = new();
    public async Task CollectAsync(Member m)
    {
        await Task.Yield();
        _pending.Add(m.Headline);
    }
    public void Flush() { foreach (var t in _pending) corpus.Add({|CG0001:t|}); }
}

public class PrivateArray(ICorpus corpus)
{
    private readonly string[] _slots = new string[4];
    public void Collect(Member m, int i) => _slots[i] = m.Headline;
    public void Flush() { foreach (var t in _slots) corpus.Add({|CG0001:t|}); }
}
