using System;
using System.Collections.Generic;
using System.Linq;
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

// Reading chosen (SPEC §5 "collections it was added to", "StringBuilder", "source methods … at least three calls
// deep"): a collection or StringBuilder that a source helper filled with personal data holds that data in the caller.

public interface IBatchSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void AddRange(IEnumerable<string> texts);
}

public sealed class ExampleRow
{
    public string Prompt { get; set; } = "";
    public string Completion { get; set; } = "";
}

public interface IRowSink
{
    [ConsentSink(Purposes.GenerativeTraining)] void Write(ExampleRow row);
}

public static class PromptBuilder
{
    public static void FillCompletion(ExampleRow row, Member m) => row.Completion = m.Headline;

    public static void AppendProfile(System.Text.StringBuilder sb, Member m) => sb.Append("# ").AppendLine(m.Headline);

    public static void AppendStats(System.Text.StringBuilder sb, Member m) => sb.Append(m.Connections).AppendLine(" connections");

    public static void AddExamples(ICollection<string> target, IEnumerable<Member> members)
    {
        foreach (var headline in members.Select(x => x.Headline))
            target.Add(headline);
    }
}

public class Exporter(IConsentProvider consent, ICorpus corpus, IBatchSink batch, IRowSink rows)
{
    public void Row(Member m)
    {
        var row = new ExampleRow { Prompt = "Write a headline" };
        PromptBuilder.FillCompletion(row, m);
        rows.Write({|CG0001:row|});
    }

    public void Prompt(Member m)
    {
        var sb = new System.Text.StringBuilder("You write LinkedIn headlines.\n");
        PromptBuilder.AppendProfile(sb, m);
        corpus.Add({|CG0001:sb.ToString()|});
    }

    public void StatsPrompt(Member m)
    {
        var sb = new System.Text.StringBuilder();
        PromptBuilder.AppendStats(sb, m);
        corpus.Add(sb.ToString());
    }

    public void Examples(List<Member> members)
    {
        var examples = new List<string>();
        PromptBuilder.AddExamples(examples, members);
        batch.AddRange({|CG0001:examples|});
    }

    public void ConsentedExamples(List<Member> members)
    {
        var examples = new List<string>();
        PromptBuilder.AddExamples(examples, members.Where(x => consent.IsGranted(x.Id, Purposes.GenerativeTraining)));
        batch.AddRange(examples);
    }

    public void CheckedPrompt(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        var sb = new System.Text.StringBuilder();
        PromptBuilder.AppendProfile(sb, m);
        corpus.Add(sb.ToString());
    }
}
