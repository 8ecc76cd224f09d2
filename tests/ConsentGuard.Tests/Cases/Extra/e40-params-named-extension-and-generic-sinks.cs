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
    public static void AddLabeled(this ICorpus corpus, string label, string text) => corpus.Add(label + ": " + text);

    public static void TrainOn([ConsentSink(Purposes.GenerativeTraining)] this string text, ICorpus corpus) { }
}

public interface IMultiSink
{
    void Write(int weight, [ConsentSink(Purposes.GenerativeTraining)] string text, string comment = "");

    [ConsentSink(Purposes.GenerativeTraining)] void AddAll(params string[] texts);

    [ConsentSink(Purposes.GenerativeTraining)] void Add<T>(T item);
}

public sealed record TrainingRow([ConsentSink(Purposes.GenerativeTraining)] string Text, int Weight);

public class Exporter(IConsentProvider consent, ICorpus corpus, IMultiSink sink)
{
    public void NamedArguments(Member m) => sink.Write(comment: m.Email, text: {|CG0001:m.Headline|}, weight: 1);

    public void ParamsElement(Member m) => sink.AddAll("header", {|CG0001:m.Headline|});

    public void ParamsArray(Member m) => sink.AddAll({|CG0001:new[] { m.Headline }|});

    public void InferredExtension(Member m) => corpus.AddLabeled("headline", {|CG0001:m.Headline|});

    public void InferredExtensionOtherParameter(Member m) => corpus.AddLabeled({|CG0001:m.Headline|}, "text");

    public void ReceiverIsTheSinkArgument(Member m) => {|CG0001:m.Headline|}.TrainOn(corpus);

    public void GenericWholeMember(Member m)
    {
        if (consent.IsGranted(m.Id, Purposes.GenerativeTraining))
            sink.Add({|CG0002:m|});
    }

    public void RecordParameter(Member m) => _ = new TrainingRow({|CG0001:m.Headline|}, m.Connections);
}
