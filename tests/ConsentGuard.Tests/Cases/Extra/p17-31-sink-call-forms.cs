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

public interface ITrainer
{
    [ConsentSink(Purposes.GenerativeTraining)] void Add(string text, int weight = 1, string? tag = null);
    [ConsentSink(Purposes.GenerativeTraining)] void AddIn(in string text);
    void Add<T>([ConsentSink(Purposes.GenerativeTraining)] T item, string label);
    [ConsentSink(Purposes.GenerativeTraining)] void AddDefault(string text) => Add(text);
}

public static class StaticCorpus
{
    [ConsentSink(Purposes.GenerativeTraining)] public static void Add(string text) { }
}

public class Exporter(IConsentProvider consent, ITrainer? trainer, ICorpus corpus)
{
    private readonly object _gate = new();

    public void NullConditionalSink(Member m) => trainer?.Add({|CG0001:m.Headline|});

    public void NamedArguments(Member m) => trainer!.Add(tag: "t", text: {|CG0001:m.Headline|});

    // [ConsentSink] on the method: every parameter is a sink, the optional tag too
    public void NamedArgumentsOtherParameter(Member m) => trainer!.Add(tag: {|CG0001:m.Headline|}, text: "constant");

    public void InArgument(Member m) => trainer!.AddIn({|CG0001:m.Headline|});

    public void GenericSinkParameter(Member m) => trainer!.Add({|CG0002:m|}, label: "member");

    public void GenericSinkOtherParameter(Member m) => trainer!.Add(m.Connections, label: m.Headline);

    public void DefaultInterfaceMethod(Member m) => trainer!.AddDefault({|CG0001:m.Headline|});

    public void StaticSink(Member m) => StaticCorpus.Add({|CG0001:m.Headline|});

    public void Lock(Member m)
    {
        lock (_gate)
        {
            if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                corpus.Add(m.Headline);
        }
    }

    public async Task AwaitUsing(Member m)
    {
        await using var stream = new System.IO.MemoryStream();
        if (!await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining)) return;
        corpus.Add(m.Headline);
    }

    public void ForIndex(Member[] members)
    {
        for (var i = 0; i < members.Length; i++)
        {
            if (!consent.IsGranted(members[i].Id, Purposes.GenerativeTraining)) continue;
            corpus.Add(members[i].Headline);
        }
    }

    public void ForeachTupleDeconstruction(IEnumerable<Member> members)
    {
        foreach (var (id, headline) in members.Select(m => (m.Id, m.Headline)))
        {
            if (consent.IsGranted(id, Purposes.GenerativeTraining))
                corpus.Add(headline);
        }
    }

    public void ForeachTupleDeconstructionUnchecked(IEnumerable<Member> members)
    {
        foreach (var (id, headline) in members.Select(m => (m.Id, m.Headline)))
            corpus.Add({|CG0001:headline|});
    }

    public void ParallelForEach(IEnumerable<Member> members) =>
        Parallel.ForEach(members, m =>
        {
            if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
                corpus.Add(m.Headline);
        });

    public void ParallelForEachUnchecked(IEnumerable<Member> members) =>
        Parallel.ForEach(members, m => corpus.Add({|CG0001:m.Headline|}));

    public async Task AsyncLambdas(IEnumerable<Member> members) =>
        await Task.WhenAll(members.Select(async m =>
        {
            if (await consent.IsGrantedAsync(m.Id, Purposes.GenerativeTraining))
                corpus.Add(m.Headline);
        }));

    public void OverriddenToString(Profile p) => corpus.Add({|CG0001:p.ToString()|});

    public void InterpolatedWholeObject(Profile p) => corpus.Add({|CG0001:$"{p}"|});
}

public class Profile
{
    [DataSubject] public string Id { get; set; } = "";
    [PersonalData(PersonalDataCategory.UserContent), ConsentPurpose(Purposes.GenerativeTraining)]
    public string About { get; set; } = "";
    public override string ToString() => "Profile: " + About;
}
