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

public static class CorpusExtensions
{
    public static void AddLine(this ICorpus corpus, string line) => corpus.Add(line.TrimEnd() + "\n");
}

public static class Prompting
{
    public static string Frame(string text) => $"<s>{text}</s>";
}

public class PromptWriter(ICorpus corpus)
{
    public void Write(string text) => corpus.AddLine(Prompting.Frame(text));
}

public class ProfileWriter(PromptWriter writer)
{
    public void WriteProfile(string headline, int connections) => writer.Write($"{headline} ({connections})");

    public void WriteStats(int connections) => writer.Write(connections.ToString());
}

public class Job(IConsentProvider consent, ProfileWriter profiles, ICorpus corpus)
{
    private static string Describe(Member m) => m.Headline;

    public void Run(Member m) => profiles.WriteProfile({|CG0001:m.Headline|}, m.Connections);

    public void ThroughHelper(Member m) => profiles.WriteProfile({|CG0001:Describe(m)|}, 0);

    public void Stats(Member m) => profiles.WriteStats(m.Connections);

    public void ExtensionDirect(Member m) => corpus.AddLine({|CG0001:m.Headline|});

    public void ExtensionStaticForm(Member m) => CorpusExtensions.AddLine(corpus, {|CG0001:m.Headline|});

    public void Checked(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        profiles.WriteProfile(m.Headline, m.Connections);
        corpus.AddLine(Describe(m));
    }

    public void CheckedEmail(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        profiles.WriteProfile({|CG0002:m.Email|}, m.Connections);
    }
}
