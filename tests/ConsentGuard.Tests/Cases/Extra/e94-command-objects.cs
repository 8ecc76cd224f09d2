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

// Reading chosen: a constructor parameter stored in a private field that a method of the same type sends to a sink
// reaches that sink "inside" the type, so the constructor call site is the sink (SPEC §5: private fields written
// anywhere in their type; parameters reaching a sink).

public sealed class UploadCommand
{
    private readonly ICorpus _corpus;
    private readonly string _text;

    public UploadCommand(ICorpus corpus, string text)
    {
        _corpus = corpus;
        _text = text;
    }

    public void Execute() => _corpus.Add(_text);
}

public sealed class LogCommand(string text)
{
    public void Execute() => Console.WriteLine(text);
}

public sealed class PrimaryUploadCommand(ICorpus corpus, string text)
{
    public void Execute() => corpus.Add(text);
}

public class Job(IConsentProvider consent, ICorpus corpus)
{
    public void Upload(Member m) => new UploadCommand(corpus, {|CG0001:m.Headline|}).Execute();

    public void PrimaryUpload(Member m) => new PrimaryUploadCommand(corpus, {|CG0001:m.Headline|}).Execute();

    public void Log(Member m) => new LogCommand(m.Headline).Execute();

    public void Checked(Member m)
    {
        if (!consent.IsGranted(m.Id, Purposes.GenerativeTraining)) return;
        new UploadCommand(corpus, m.Headline).Execute();
        new PrimaryUploadCommand(corpus, m.Headline).Execute();
    }

    public void Count(Member m) => new UploadCommand(corpus, m.Connections.ToString()).Execute();
}
