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

[ConsentSink(Purposes.GenerativeTraining)]
public interface ITrainingSink
{
    void Add(string text);
    string Label { get; set; }
    string Describe();
}

public sealed class JsonlSink : ITrainingSink
{
    public void Add(string text) { }
    public string Label { get; set; } = "";
    public string Describe() => "jsonl";
}

public class Example
{
    [ConsentSink(Purposes.GenerativeTraining)]
    public Example(string prompt, string completion) { Prompt = prompt; Completion = completion; }
    public string Prompt { get; }
    public string Completion { get; }
}

public sealed class ChatExample : Example
{
    public ChatExample(Member m) : base("Write a headline", {|CG0001:m.Headline|}) { }
    public ChatExample(string completion) : base("Write a headline", completion) { }
}

public class Exporter(IConsentProvider consent)
{
    public void InterfaceTypeSink(ITrainingSink sink, Member m) => sink.Add({|CG0001:m.Headline|});

    public void ImplementationOfTypeSink(JsonlSink sink, Member m) => sink.Add({|CG0001:m.Headline|});

    public void TypeSinkProperty(JsonlSink sink, Member m) => sink.Label = {|CG0001:m.Headline|};

    public string TypeSinkGetterIsNotASink(JsonlSink sink) => sink.Describe();

    public Example TargetTypedNew(Member m)
    {
        Example e = new("Write a headline", {|CG0001:m.Headline|});
        return e;
    }

    public Example CheckedConstructor(Member m) =>
        consent.IsGranted(m.Id, Purposes.GenerativeTraining) ? new Example("Write a headline", m.Headline) : new Example("", "");

    public ChatExample DerivedConstructorForwardsParameter(Member m) => new ChatExample({|CG0001:m.Headline|});
}
